/// Which articles a build publishes: drafts and articles dated after `now` stay out unless asked.
public struct Publication: Sendable {
    /// The build's "now", in seconds since 1970 (from `--now`, `SOURCE_DATE_EPOCH` or the clock).
    public let now: Int
    /// Whether drafts are published (the preview shows them, marked "Concept").
    public let includeDrafts: Bool
    /// Whether articles dated after `now` are published (marked "Gepland").
    public let includeFuture: Bool

    /// Publishes what is due at `now`, and drafts or future articles if asked.
    public init(now: Int, includeDrafts: Bool = false, includeFuture: Bool = false) {
        self.now = now
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
    }

    /// An article held back because its date is still to come.
    public struct Scheduled: Sendable, Equatable {
        /// The article's title.
        public let title: String
        /// Its file, relative to the site folder.
        public let path: String
        /// When it falls due.
        public let date: ArticleDate
    }

    /// The outcome of selecting articles.
    struct Selection: Sendable {
        let published: [ArticleEntry]
        let draftsSkipped: Int
        let scheduledSkipped: Int
        /// The earliest held-back article, so CI can be told when to rebuild.
        let nextScheduled: Scheduled?
    }

    func isScheduled(_ article: Article) -> Bool { article.date.epochSeconds > now }

    func select(_ entries: [ArticleEntry]) -> Selection {
        var published: [ArticleEntry] = []
        var drafts = 0
        var scheduled: [Article] = []
        for entry in entries {
            let article = entry.article
            if article.draft && !includeDrafts {
                drafts += 1
            } else if isScheduled(article) && !includeFuture {
                scheduled.append(article)
            } else {
                published.append(entry)
            }
        }
        let next = scheduled.min { a, b in
            a.date.epochSeconds != b.date.epochSeconds ? a.date.epochSeconds < b.date.epochSeconds : a.path < b.path
        }
        return Selection(
            published: published, draftsSkipped: drafts, scheduledSkipped: scheduled.count,
            nextScheduled: next.map { Scheduled(title: $0.title, path: $0.path, date: $0.date) })
    }
}
