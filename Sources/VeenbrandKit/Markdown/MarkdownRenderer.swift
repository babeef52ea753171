/// A document's body rendered to HTML, for its page and, if asked, for feeds.
struct RenderedBody: Sendable {
    /// HTML for the page: links as the editor wrote them, root-relative ones under the site's path.
    var html: String
    /// HTML for feeds: every relative link and image made absolute; nil unless asked for.
    var feedHTML: String?
    /// The first paragraph as plain text on one line ("" if there is none; if asked for).
    let firstParagraph: String
    /// The `id`s of the body's headings, the targets of `#anchor` links.
    let headingIDs: [String]
    /// Every link and image target in the body, with its position in the file (if asked for).
    let links: [ContentLink]
    /// Each heading's level and where it is in the file, in order.
    var headings: [(level: Int, location: SourceLocation)] = []
    /// Each paragraph's text (line breaks kept as `\n`) and the file line it starts on.
    var paragraphs: [(line: Int, text: String)] = []
}

/// A link or image target as the editor wrote it, and where.
struct ContentLink: Sendable, Equatable {
    let url: String
    let location: SourceLocation
    let isImage: Bool
    /// The link's text or the image's alt text, without markup.
    var text = ""
}

/// Renders Markdown bodies with cmark-gfm (GitHub Flavored Markdown).
struct MarkdownRenderer: Sendable {
    let unsafeHTML: Bool
    /// Where the site is served: root-relative links get its path, feed links its URL.
    let base: SiteBase
    /// The words pages add to a body (tables, footnotes), in the site's language.
    var labels = BodyLabels()

    /// Renders `body`, the Markdown that starts on line `firstLine` of the file at `path`, for
    /// its page at `page` (unless not `pageHTML`) and, with `feedHTML`, for feeds too; with
    /// `details`, also its links and first paragraph (for `veenbrand check`).
    func render(
        _ body: Substring, path: String, firstLine: Int, page: SitePath, feedHTML: Bool = false,
        details: Bool = true, pageHTML: Bool = true
    ) -> RenderedBody {
        let base = self.base
        let pageLink: ((String) -> String)? = base.isAtRoot ? nil : { base.href(link: $0) }
        let feedLink: ((String) -> String)? = feedHTML ? { base.absolute(link: $0, from: page) } : nil
        let output = CMark.render(
            body, unsafeHTML: unsafeHTML, details: details, pageLink: pageLink, feedLink: feedLink, pageHTML: pageHTML)
        let bodyLines =
            output.page.links.isEmpty
            ? []
            : body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let links = output.page.links.map { link in
            ContentLink(
                url: link.url,
                location: SourceLocation(
                    path: path, line: link.line + firstLine - 1,
                    column: Self.scalarColumn(byteColumn: link.column, line: link.line, in: bodyLines)),
                isImage: link.isImage, text: link.text)
        }
        return RenderedBody(
            html: pageHTML ? labels.apply(to: output.page.html) : "",
            // Footnote links are cmark's own, not the editor's: in a feed they point into the page too.
            feedHTML: output.feedHTML.map {
                ByteSearch.replacing("href=\"#", with: "href=\"\(base.absolute(page))#", in: $0)
            },
            firstParagraph: output.page.firstParagraph, headingIDs: output.page.headingIDs, links: links,
            headings: output.page.headingLevels.map {
                ($0.level, SourceLocation(path: path, line: $0.line + firstLine - 1, column: 1))
            },
            paragraphs: output.page.paragraphs.map { ($0.line + firstLine - 1, $0.text) })
    }

    /// cmark counts columns in bytes; editors count characters.
    static func scalarColumn(byteColumn: Int, line: Int, in lines: [Substring.UTF8View]) -> Int {
        guard line >= 1, line <= lines.count else { return byteColumn }
        let prefix = lines[line - 1].prefix(max(byteColumn - 1, 0))
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
}
