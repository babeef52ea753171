/// An article's body rendered to HTML, for its page and for feeds.
public struct RenderedArticle: Sendable {
    public let article: Article
    /// HTML for the article page, links as the editor wrote them.
    public let html: String
    /// HTML for feeds: every relative link and image made absolute.
    public let feedHTML: String
    /// The editor's summary, or else the first paragraph as plain text.
    public let summary: String
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

    public func render(_ article: Article) -> RenderedArticle {
        let pageURL = article.sitePath.absolute(in: baseURL)
        let links = LinkResolver(baseURL: baseURL)
        let output = CMark.render(article.body, unsafeHTML: unsafeHTML) { links.absolute($0, from: pageURL) }
        return RenderedArticle(
            article: article, html: output.page.html, feedHTML: output.rewritten,
            summary: article.summary ?? output.page.firstParagraph)
    }
}
