/// A topic or keyword with its articles and events.
struct Term: Sendable {
    let name: String
    let slug: Slug
    let description: String
    /// Indices into `SiteModel.articles`, newest first.
    let articles: [Int]
    /// Indices into `SiteModel.events`, in the agenda's order.
    var events: [Int] = []
}

/// An old address that leads to a published document.
struct Redirect: Sendable {
    let alias: Alias
    /// The document it leads to.
    let target: Document
}

/// A document the sources have but this build does not publish: a draft, or an article dated
/// after the build's "now". Its addresses are still its own (nothing else may take them), and
/// `check` explains a link to it.
struct WithheldDocument: Sendable {
    let document: Document
    let withholding: Publication.Withholding

    var path: String { document.path }
    /// "a draft", "scheduled for 2030-05-01".
    var reason: String { withholding.reason }
}

/// The articles of each year, for the archive: the years newest first, each year's articles in
/// the site's order (newest first).
struct ArchiveYear: Sendable {
    let year: Int
    /// Positions in `SiteModel.articles`.
    let articles: [Int]

    /// The years of `articles` (the site's order), newest first.
    static func all(_ articles: [Document]) -> [ArchiveYear] {
        var byYear: [Int: [Int]] = [:]
        for (index, entry) in articles.enumerated() { byYear[entry.due?.year ?? 0, default: []].append(index) }
        return byYear.keys.sorted(by: >).map { ArchiveYear(year: $0, articles: byYear[$0] ?? []) }
    }
}

/// The assembled site: what is published, in order, with its taxonomies and related articles.
/// Everything the later stages need and nothing they have to work out. It holds no address:
/// routing makes those.
struct SiteModel: Sendable {
    /// Published articles, newest first; ties broken by slug.
    let articles: [Document]
    /// Published events: those still to come (or going on) soonest first, then those past,
    /// the last first.
    let events: [Document]
    /// How many of `events` are still to come (they come first).
    let upcomingEvents: Int
    /// Topics in themes.yaml order, including topics no article uses yet.
    let topics: [Term]
    /// Keywords sorted by name.
    let keywords: [Term]
    /// The years of the published articles, newest first, for the archive.
    let years: [ArchiveYear]
    /// For each article, up to five related articles, most related first.
    let related: RelatedArticles
    /// The published documents of every kind (articles and events in the orders above).
    let documents: Documents
    /// Every alias of a published document.
    let redirects: [Redirect]
    let withheld: [WithheldDocument]
    /// Theme assets and editors' media, copied as they are.
    let files: [CopiedFile]
    /// What was published, and the build's "now" (for "scheduled" banners).
    let publication: Publication
    /// The first held-back document, so CI can be told when to rebuild.
    let nextScheduled: Publication.Scheduled?
    /// The next moment the site changes by itself: a scheduled document falls due, or an event
    /// ends and moves to the past.
    let nextChange: Int?
    /// The CMS to write an admin page for (site.yaml's `cms:`), or nil.
    var cms: CMSSettings?
    /// The image files with their sizes and copies, and the share cards.
    var images = SiteImages()

    var draftsSkipped: Int { withheld.count { $0.withholding == .draft } }
    var scheduledSkipped: Int { withheld.count - draftsSkipped }
}

/// For each article (in `SiteModel.articles` order), up to five related articles (indices),
/// most related first; with a fingerprint of what they were found from (every article's path
/// and terms, in order), so that a rebuild can reuse them when that did not change.
struct RelatedArticles: Sendable {
    let lists: [[Int]]
    let source: Fingerprint

    subscript(index: Int) -> [Int] { lists[index] }
}
