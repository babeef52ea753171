/// Which documents a build publishes: the one rule. A draft waits until it is no longer one,
/// a document dated after `now` (an article's `date`) until its date; either is published when
/// asked for.
public struct Publication: Sendable {
    /// The build's "now", in seconds since 1970 (from `--now`, `SOURCE_DATE_EPOCH` or the clock).
    public let now: Int
    /// Whether drafts are published (the preview shows them, marked "Concept").
    public let includeDrafts: Bool
    /// Whether documents dated after `now` are published (marked "Gepland").
    public let includeFuture: Bool

    /// Publishes what is due at `now`, and drafts or future documents if asked.
    public init(now: Int, includeDrafts: Bool = false, includeFuture: Bool = false) {
        self.now = now
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
    }

    /// Why a document is not published.
    enum Withholding: Sendable, Equatable {
        case draft
        /// Dated later than the build's "now".
        case scheduled(ContentDate)

        /// For messages: "a draft", "scheduled for 2030-05-01".
        var reason: String {
            switch self {
            case .draft: "a draft"
            case .scheduled(let date): "scheduled for \(date)"
            }
        }
    }

    /// Why this build does not publish `document`, or nil if it does.
    func withholding(_ document: Document) -> Withholding? {
        if document.draft && !includeDrafts { return .draft }
        if let due = document.due, isScheduled(due) && !includeFuture { return .scheduled(due) }
        return nil
    }

    /// Whether a document dated `date` is still to come.
    func isScheduled(_ date: ContentDate) -> Bool { date.epochSeconds > now }

    /// A document held back because its date is still to come.
    public struct Scheduled: Sendable, Equatable {
        /// The document's title.
        public let title: String
        /// Its file, relative to the site folder.
        public let path: String
        /// When it falls due.
        public let date: ContentDate
    }
}
