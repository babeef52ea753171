/// What a finished build did.
public struct BuildSummary: Sendable {
    /// Published articles.
    public let articles: Int
    /// HTML pages: the home pages, article pages, standalone pages, theme and keyword pages and
    /// their indexes, the 404 page.
    public let pages: Int
    /// RSS feeds: the site's and one per theme.
    public let feeds: Int
    /// Redirect pages, one for each alias.
    public let redirects: Int
    /// Topic assets and media files.
    public let copied: Int
    /// Drafts left out.
    public let draftsSkipped: Int
    /// Articles left out because they are dated after the build's "now".
    public let scheduledSkipped: Int
    /// The first of those, so CI can be told when to build again.
    public let nextScheduled: Publication.Scheduled?
    /// The path the site is served under: `/`, or `/sub/` for a base URL with a path.
    public let basePath: String
    /// Nothing had changed since the last build: the output was left as it was.
    public var upToDate = false
    /// What went wrong after the new site was in place: it was built, but what a build keeps for
    /// the next could not be saved (the next build is then a full one).
    public var warnings: [String] = []
}
