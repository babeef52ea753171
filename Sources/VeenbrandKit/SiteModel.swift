/// A theme or keyword page: its name, address and articles.
public struct TermPage: Sendable {
    public let name: String
    public let slug: Slug
    public let description: String
    public let sitePath: SitePath
    /// Indices into `SiteModel.articles`, newest first.
    public let articles: [Int]
}

/// The assembled site: articles in order, taxonomies, related articles. Everything the
/// template stage needs and nothing it has to compute.
public struct SiteModel: Sendable {
    public let config: SiteConfig
    public let strings: Strings
    /// Published articles, newest first; ties broken by slug.
    public let articles: [ArticleEntry]
    /// Themes in themes.yaml order, including themes no article uses yet.
    public let themes: [TermPage]
    /// Keywords sorted by name.
    public let keywords: [TermPage]
    /// For each article, up to five related articles (indices), most related first.
    public let related: RelatedArticles
    /// Which articles were published, and the build's "now" (for "scheduled" banners).
    public let publication: Publication
}

/// For each article (in `SiteModel.articles` order), up to five related articles (indices),
/// most related first; with a fingerprint of what they were found from (every article's path
/// and terms, in order), so that a rebuild can reuse them when that did not change.
public struct RelatedArticles: Sendable {
    public let lists: [[Int]]
    let source: Fingerprint

    public subscript(index: Int) -> [Int] { lists[index] }
}
