/// A free keyword (*Trefwoord*). Keywords that differ only in case or diacritics share a slug.
public struct Keyword: Sendable, Hashable {
    public let name: String
    public let slug: Slug
}

/// An article as parsed from its file: front matter fields and the Markdown body.
public struct Article: Sendable {
    /// Source path relative to the site folder, for messages.
    public let path: String
    public let slug: Slug
    public let title: String
    public let date: ArticleDate
    public let updated: ArticleDate?
    /// The summary the editor wrote, if any (else the first paragraph is used).
    public let summary: String?
    public let themes: [Theme]
    public let keywords: [Keyword]
    public let draft: Bool
    public let author: String?
    public let image: String?
    /// The Markdown body, a slice of the file's text; empty once indexed (`ArticleEntry`), so a
    /// build does not hold every body at once.
    public internal(set) var body: Substring
    /// File line on which the body starts.
    public let bodyFirstLine: Int
    /// Where the slug came from (the `slug:` field or the file name), for duplicate errors.
    public let slugLocation: SourceLocation

    /// The page this article is published at.
    public var sitePath: SitePath { .article(slug) }
}
