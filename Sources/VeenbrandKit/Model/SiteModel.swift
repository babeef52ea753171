/// A theme or keyword with its articles.
struct Term: Sendable {
    let name: String
    let slug: Slug
    let description: String
    /// Indices into `SiteModel.articles`, newest first.
    let articles: [Int]
}

/// An old address that leads to a published document.
struct Redirect: Sendable {
    let alias: Alias
    let target: SitePath
    /// The title of the document it leads to, for the redirect page's link.
    let title: String
}

/// A document the sources have but this build does not publish: a draft, or an article dated
/// after the build's "now". Its addresses are still its own (nothing else may take them), and
/// `check` explains a link to it.
struct WithheldDocument: Sendable {
    let document: any Document
    /// "a draft", "scheduled for 2030-05-01".
    let reason: String

    var path: String { document.path }
    var sitePath: SitePath { document.sitePath }

    /// Every address the document claims: its own and its aliases'.
    var claims: [(SitePath, Claim)] {
        [(document.sitePath, document.claim)]
            + document.aliases.map { ($0.path, Claim(noun: Claim.alias, location: $0.location, name: $0.path.url)) }
    }
}

/// The articles of each year, for the archive: the years newest first, each year's articles in
/// the site's order (newest first).
struct ArchiveYear: Sendable {
    let year: Int
    /// Positions in `SiteModel.articles`.
    let articles: [Int]

    /// The years of `articles` (the site's order), newest first.
    static func all(_ articles: [ArticleEntry]) -> [ArchiveYear] {
        var byYear: [Int: [Int]] = [:]
        for (index, entry) in articles.enumerated() { byYear[entry.article.date.year, default: []].append(index) }
        return byYear.keys.sorted(by: >).map { ArchiveYear(year: $0, articles: byYear[$0] ?? []) }
    }
}

/// The assembled site: what is published, in order, with its taxonomies and related articles.
/// Everything the later stages need and nothing they have to work out.
struct SiteModel: Sendable {
    /// Published articles, newest first; ties broken by slug.
    let articles: [ArticleEntry]
    /// Themes in themes.yaml order, including themes no article uses yet.
    let topics: [Term]
    /// Keywords sorted by name.
    let keywords: [Term]
    /// The years of the published articles, newest first, for the archive.
    let years: [ArchiveYear]
    /// For each article, up to five related articles, most related first.
    let related: RelatedArticles
    /// The published documents of the other kinds (standalone pages…), each kind by path.
    let documents: Documents
    /// Every alias of a published document.
    let redirects: [Redirect]
    let withheld: [WithheldDocument]
    /// Topic assets and editors' media, copied as they are.
    let files: [CopiedFile]
    /// Which articles were published, and the build's "now" (for "scheduled" banners).
    let publication: Publication
    let draftsSkipped: Int
    let scheduledSkipped: Int
    /// The earliest held-back article, so CI can be told when to rebuild.
    let nextScheduled: Publication.Scheduled?
    /// The CMS to write an admin page for (site.yaml's `cms:`), or nil.
    var cms: CMSSettings?
    /// The image files with their sizes and copies, and the share cards.
    var images = SiteImages()
}

/// For each article (in `SiteModel.articles` order), up to five related articles (indices),
/// most related first; with a fingerprint of what they were found from (every article's path
/// and terms, in order), so that a rebuild can reuse them when that did not change.
struct RelatedArticles: Sendable {
    let lists: [[Int]]
    let source: Fingerprint

    subscript(index: Int) -> [Int] { lists[index] }
}
