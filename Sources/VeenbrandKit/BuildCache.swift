/// What one build leaves for the next in the same process (the preview server keeps one), so
/// that a rebuild after an edit reads and parses only the articles whose files changed, and
/// renders and writes only the pages whose inputs changed.
///
/// A cache serves one build at a time, for one output folder that nothing else writes to.
/// Whatever it says, the result is the site a full build would write (`IncrementalBuildTests`).
public final class BuildCache: @unchecked Sendable {
    /// What the output folder holds, as the last build wrote it.
    struct Output {
        let folder: String
        /// Output file → fingerprint of the inputs it was rendered from (nil: compare bytes).
        let pages: [String: Fingerprint?]
        /// Copied file's output path → stamp of its source when it was copied.
        let copied: [String: FileStamp]
    }

    /// What parsing and rendering an article depends on besides its own file (site settings,
    /// themes): when it changes, no article is reused.
    private(set) var articleSettings: Fingerprint?
    /// Every article parsed (drafts and scheduled ones too), by path, with its file's stamp.
    private(set) var articles: [String: ArticleEntry] = [:]
    private(set) var output: Output?

    public init() {}

    /// The stamps of the articles that may be reused as they are, if the settings are the same.
    func reusableStamps(settings: Fingerprint) -> [String: FileStamp] {
        settings == articleSettings ? articles.compactMapValues(\.stamp) : [:]
    }

    /// The articles kept for `paths`.
    func entries(_ paths: [String]) -> [ArticleEntry] { paths.compactMap { articles[$0] } }

    /// Keeps exactly the articles of this build (those read now and those reused).
    func remember(_ entries: [ArticleEntry], settings: Fingerprint) {
        var kept: [String: ArticleEntry] = [:]
        kept.reserveCapacity(entries.count)
        for entry in entries where entry.stamp != nil { kept[entry.article.path] = entry }
        articles = kept
        articleSettings = settings
    }

    /// The last build's related-article lists, reused when no article's order or terms changed.
    var related: RelatedArticles?

    func remember(output: Output) { self.output = output }

    /// The output folder is no longer known to hold what the cache says (a write failed).
    func forgetOutput() { output = nil }
}
