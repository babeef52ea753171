/// An article's body rendered to HTML, for its page and for feeds.
public struct RenderedArticle: Sendable {
    /// The article without its Markdown body (the HTML replaces it).
    public let article: Article
    /// HTML for the article page, links as the editor wrote them.
    public let html: String
    /// HTML for feeds: every relative link and image made absolute. Rendered only for the
    /// articles that appear in a feed (`hasFeedHTML`); empty otherwise.
    public let feedHTML: String
    public let hasFeedHTML: Bool
    /// The editor's summary, or else the first paragraph as plain text.
    public let summary: String
    /// The `id`s of the body's headings, the targets of `#anchor` links.
    public let headingIDs: [String]
    /// Every link and image target in the body, with its position in the file.
    public let links: [ContentLink]
    /// Of everything above that pages and feeds show: when it is unchanged, so are they.
    public let fingerprint: Fingerprint
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

    /// Renders the body for the article page and, with `feedHTML`, for feeds too.
    public func render(_ article: Article, feedHTML: Bool = true) -> RenderedArticle {
        let pageURL = article.sitePath.absolute(in: baseURL)
        let resolver = LinkResolver(baseURL: baseURL)
        let output = CMark.render(article.body, unsafeHTML: unsafeHTML,
                                  rewriteURL: feedHTML ? { resolver.absolute($0, from: pageURL) } : nil)
        let bodyLines = output.page.links.isEmpty ? []
            : article.body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let links = output.page.links.map { link in
            ContentLink(url: link.url,
                        location: SourceLocation(path: article.path, line: link.line + article.bodyFirstLine - 1,
                                                 column: Self.scalarColumn(byteColumn: link.column, line: link.line, in: bodyLines)),
                        isImage: link.isImage)
        }
        var withoutBody = article
        withoutBody.body = ""
        let summary = article.summary ?? output.page.firstParagraph
        let feedHTML = output.rewritten ?? ""
        return RenderedArticle(
            article: withoutBody, html: output.page.html, feedHTML: feedHTML, hasFeedHTML: output.rewritten != nil,
            summary: summary, headingIDs: output.page.headingIDs, links: links,
            fingerprint: Self.fingerprint(of: article, html: output.page.html, feedHTML: feedHTML, summary: summary))
    }

    /// Covers every field of the article that a page or feed can show.
    static func fingerprint(of article: Article, html: String, feedHTML: String, summary: String) -> Fingerprint {
        var fingerprint = Fingerprint()
        for text in [article.path, article.slug.value, article.title, article.date.description, summary, html, feedHTML] {
            fingerprint.add(text)
        }
        for text in [article.updated?.description, article.summary, article.author, article.image] { fingerprint.add(text) }
        fingerprint.add(article.date.epochSeconds)
        fingerprint.add(article.draft)
        fingerprint.add(article.themes.count)
        for theme in article.themes {
            for text in [theme.name, theme.slug.value, theme.description] { fingerprint.add(text) }
        }
        fingerprint.add(article.keywords.count)
        for keyword in article.keywords {
            fingerprint.add(keyword.name)
            fingerprint.add(keyword.slug.value)
        }
        return fingerprint
    }

    /// cmark counts columns in bytes; editors count characters.
    static func scalarColumn(byteColumn: Int, line: Int, in lines: [Substring.UTF8View]) -> Int {
        guard line >= 1, line <= lines.count else { return byteColumn }
        let prefix = lines[line - 1].prefix(max(byteColumn - 1, 0))
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
}
