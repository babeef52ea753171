import CCmarkGFM
import Foundation

/// The one place that calls cmark-gfm's C API: parse GFM, rewrite link targets, render HTML.
enum CMark {
    /// The GFM extensions every document is parsed and rendered with. `tagfilter` is always on,
    /// so even allowed raw HTML cannot contain `<script>`, `<iframe>`, `<style>` and the like.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm keeps the table of special inline characters in a global that every parse
    /// changes (extensions add `~`, `:`, `w`… and remove them when inlines are done; see
    /// github/cmark-gfm#176), so two inline passes at once corrupt each other: the inline pass
    /// (`cmark_parser_finish`) is serialised. Block parsing (`cmark_parser_feed`) and rendering
    /// the parsed trees touch no globals and run in parallel.
    private static let parseLock = NSLock()

    /// A document parsed once and rendered any number of times.
    struct Output {
        var html: String
        var firstParagraph: String
        /// The `id`s given to the headings, in document order.
        var headingIDs: [String]
        /// Each heading's level and the line it starts on (1-based, in the Markdown).
        var headingLevels: [(level: Int, line: Int)] = []
        /// Every link and image target, with its position in the Markdown (1-based).
        var links: [Link]
        /// Every paragraph's text (line breaks kept) and first line, for the readability advice.
        var paragraphs: [Paragraph] = []
    }

    struct Paragraph: Equatable {
        var line: Int
        var text: String
    }

    struct Link: Equatable {
        var url: String
        var line: Int
        var column: Int
        var isImage: Bool
        /// The link's text or the image's alt text, without markup.
        var text: String = ""
    }

    /// Parses `markdown` and renders it for the page (with every link and image target passed
    /// through `pageLink`, if given) and, with `feedLink`, a second time over the same tree for
    /// feeds (every original target passed through it). With `details`, also the links and the
    /// first paragraph (for `veenbrand check`); without `pageHTML`, the page's HTML is not made
    /// (when only the feeds' is wanted).
    static func render(
        _ markdown: Substring, unsafeHTML: Bool, details: Bool = true,
        pageLink: ((String) -> String)? = nil, feedLink: ((String) -> String)? = nil, pageHTML: Bool = true
    )
        -> (page: Output, feedHTML: String?)
    {
        // Table cells aligned with `style`, not the obsolete `align` attribute.
        var options =
            CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART | CMARK_OPT_SOURCEPOS
            | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        return withDocument(markdown, options: options) { document, extensions in
            let headings = headingAnchors(in: document)
            let links = details ? linkTargets(in: document) : []
            let targets = pageLink == nil && feedLink == nil ? [] : linkNodes(in: document)
            if let pageLink { for (node, url) in targets { setURL(pageLink(url), of: node, was: url) } }
            let pageHTML =
                pageHTML
                ? HeadingIDs.apply(headings, to: html(of: document, options: options, extensions: extensions)) : ""
            let firstParagraph = details ? firstParagraphText(of: document, options: options) : ""
            var feedHTML: String?
            if let feedLink {
                for (node, url) in targets { setURL(feedLink(url), of: node, was: pageLink?(url) ?? url) }
                feedHTML = HeadingIDs.apply(headings, to: html(of: document, options: options, extensions: extensions))
            }
            let output = Output(
                html: pageHTML, firstParagraph: firstParagraph, headingIDs: headings.map(\.id),
                headingLevels: headings.map { ($0.level, $0.position.startLine) }, links: links,
                paragraphs: details ? paragraphs(in: document) : [])
            return (output, feedHTML)
        }
    }

    /// The first top-level paragraph of `markdown` as plain text on one line, or "" (an
    /// article's summary when the editor wrote none).
    /// Parsed as `render` parses (raw HTML and source positions do not show in plain text).
    static func firstParagraph(of markdown: Substring) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART
        return withDocument(markdown, options: options) { document, _ in
            firstParagraphText(of: document, options: options)
        }
    }

    /// Parses `markdown` with the GFM extensions, drops dangerous links, and gives `body` the
    /// document and the extensions to render it with; everything is freed afterwards.
    private static func withDocument<T>(
        _ markdown: Substring, options: Int32,
        _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T
    ) -> T {
        _ = registered
        guard let parser = cmark_parser_new(options) else { fatalError("cmark_parser_new failed") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            guard let syntaxExtension = cmark_find_syntax_extension(name) else { continue }
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        var markdown = markdown
        markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = parseLock.withLock({ cmark_parser_finish(parser) }) else {
            fatalError("cmark_parser_finish failed")
        }
        defer { cmark_node_free(document) }
        unwrapDangerousLinks(in: document)
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// Calls `body` for every node entered in document order.
    private static func walk(_ document: OpaquePointer, _ body: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { body(node) }
        }
    }

    private static func sourcePosition(of node: OpaquePointer) -> HeadingIDs.SourcePosition {
        HeadingIDs.SourcePosition(
            startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)))
    }

    private static func headingAnchors(in document: OpaquePointer) -> [HeadingIDs.Heading] {
        var headings: [HeadingIDs.Heading] = []
        var ids = HeadingIDs.Unique()
        walk(document) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_HEADING else { return }
            let text = plainText(of: node)
            headings.append(
                HeadingIDs.Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    position: sourcePosition(of: node),
                    id: ids.id(for: text)))
        }
        return headings
    }

    /// Link and image targets; inline nodes without a position of their own take their block's.
    private static func linkTargets(in document: OpaquePointer) -> [Link] {
        var links: [Link] = []
        walk(document) { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else {
                return
            }
            var positioned: OpaquePointer? = node
            while let current = positioned, cmark_node_get_start_line(current) == 0 {
                positioned = cmark_node_parent(current)
            }
            let line = positioned.map { Int(cmark_node_get_start_line($0)) } ?? 1
            let column = positioned.map { Int(cmark_node_get_start_column($0)) } ?? 1
            links.append(
                Link(
                    url: String(cString: url), line: max(line, 1), column: max(column, 1),
                    isImage: type == CMARK_NODE_IMAGE, text: plainText(of: node)))
        }
        return links
    }

    /// The text of a node and its descendants, without markup.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child in
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            }
        }
        return text
    }

    private static func html(of node: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?)
        -> String
    {
        guard let rendered = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The first top-level paragraph's text: its words, with line breaks as spaces, and without
    /// footnote marks (`[^1]`) or raw HTML, which mean nothing in a summary; "" if there is none.
    private static func firstParagraphText(of document: OpaquePointer, options: Int32) -> String {
        var child = cmark_node_first_child(document)
        while let node = child {
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                return collapsingWhitespace(inlineText(of: node))
            }
            child = cmark_node_next(node)
        }
        return ""
    }

    /// Every paragraph, in lists and quotes too, with its first line; line breaks stay `\n`.
    private static func paragraphs(in document: OpaquePointer) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        walk(document) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH else { return }
            paragraphs.append(Paragraph(line: Int(cmark_node_get_start_line(node)), text: inlineText(of: node)))
        }
        return paragraphs
    }

    /// The text of a block's inlines, with a line break as `\n`.
    private static func inlineText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { inline in
            switch cmark_node_get_type(inline) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(inline) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += "\n"
            default:
                break
            }
        }
        return text
    }

    /// Replaces links to `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs by their
    /// text, so no such link is ever emitted (cmark alone would leave `<a href="">`).
    private static func unwrapDangerousLinks(in document: OpaquePointer) {
        var dangerous: [OpaquePointer] = []
        walk(document) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_LINK, let url = cmark_node_get_url(node),
                isDangerous(String(cString: url))
            else { return }
            dangerous.append(node)
        }
        for link in dangerous {
            while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
            cmark_node_free(link)
        }
    }

    /// Every link and image node with its target as written.
    private static func linkNodes(in document: OpaquePointer) -> [(OpaquePointer, String)] {
        var nodes: [(OpaquePointer, String)] = []
        walk(document) { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else {
                return
            }
            nodes.append((node, String(cString: url)))
        }
        return nodes
    }

    private static func setURL(_ url: String, of node: OpaquePointer, was current: String) {
        if url != current { cmark_node_set_url(node, url) }
    }
}
