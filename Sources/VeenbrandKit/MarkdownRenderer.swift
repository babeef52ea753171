/// An article's body rendered to HTML, for its page and, if asked, for feeds.
public struct RenderedBody: Sendable {
    /// HTML for the article page, links as the editor wrote them.
    public let html: String
    /// HTML for feeds: every relative link and image made absolute; nil unless asked for.
    public let feedHTML: String?
    /// The first paragraph as plain text on one line ("" if there is none; if asked for).
    public let firstParagraph: String
    /// The `id`s of the body's headings, the targets of `#anchor` links.
    public let headingIDs: [String]
    /// Every link and image target in the body, with its position in the file (if asked for).
    public let links: [ContentLink]
}

/// A link or image target as the editor wrote it, and where.
public struct ContentLink: Sendable, Equatable {
    public let url: String
    public let location: SourceLocation
    public let isImage: Bool
}

/// Renders Markdown bodies with cmark-gfm (GitHub Flavored Markdown).
public struct MarkdownRenderer: Sendable {
    public let unsafeHTML: Bool
    /// The site's base URL, ending in `/`.
    public let baseURL: String

    public init(unsafeHTML: Bool, baseURL: String) {
        self.unsafeHTML = unsafeHTML
        self.baseURL = baseURL
    }

    /// Renders `body`, the Markdown of `article`, for the article page and, with `feedHTML`,
    /// for feeds too; with `details`, also its links and first paragraph (for `veenbrand check`).
    public func render(_ body: Substring, of article: Article, feedHTML: Bool = false, details: Bool = true) -> RenderedBody {
        let pageURL = article.sitePath.absolute(in: baseURL)
        let resolver = LinkResolver(baseURL: baseURL)
        let output = CMark.render(body, unsafeHTML: unsafeHTML, details: details,
                                  rewriteURL: feedHTML ? { resolver.absolute($0, from: pageURL) } : nil)
        let bodyLines = output.page.links.isEmpty ? []
            : body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let links = output.page.links.map { link in
            ContentLink(url: link.url,
                        location: SourceLocation(path: article.path, line: link.line + article.bodyFirstLine - 1,
                                                 column: Self.scalarColumn(byteColumn: link.column, line: link.line, in: bodyLines)),
                        isImage: link.isImage)
        }
        return RenderedBody(html: output.page.html, feedHTML: output.rewritten, firstParagraph: output.page.firstParagraph,
                            headingIDs: output.page.headingIDs, links: links)
    }

    /// Renders a freshly parsed article's own body (`article.body`).
    public func render(_ article: Article, feedHTML: Bool = false) -> RenderedBody {
        render(article.body, of: article, feedHTML: feedHTML, details: true)
    }

    /// cmark counts columns in bytes; editors count characters.
    static func scalarColumn(byteColumn: Int, line: Int, in lines: [Substring.UTF8View]) -> Int {
        guard line >= 1, line <= lines.count else { return byteColumn }
        let prefix = lines[line - 1].prefix(max(byteColumn - 1, 0))
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
}
