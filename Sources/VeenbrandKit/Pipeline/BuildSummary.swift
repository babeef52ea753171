/// What a finished build did.
public struct BuildSummary: Sendable {
    /// Published articles.
    public let articles: Int
    /// HTML pages: the home pages, article pages, standalone pages, event pages, topic and keyword
    /// pages and their indexes, the agenda, the 404 page.
    public let pages: Int
    /// RSS feeds: the site's, the agenda's and one per topic and keyword.
    public let feeds: Int
    /// Redirect pages, one for each alias.
    public let redirects: Int
    /// Theme assets and media files.
    public let copied: Int
    /// Drafts left out, of every kind.
    public let draftsSkipped: Int
    /// Documents left out because they are dated after the build's "now".
    public let scheduledSkipped: Int
    /// The first of those, so CI can be told when to build again.
    public let nextScheduled: Publication.Scheduled?
    /// The next moment the site changes by itself (a document falls due, an event is over), in
    /// seconds since 1970: from then on, a build is needed.
    public var nextChange: Int? = nil
    /// The path the site is served under: `/`, or `/sub/` for a base URL with a path.
    public let basePath: String
    /// Nothing had changed since the last build: the output was left as it was.
    public var upToDate = false
    /// What went wrong after the new site was in place: it was built, but what the cache keeps for
    /// the next build could not be saved (the next build is then a full one).
    public var warnings: [String] = []
}
