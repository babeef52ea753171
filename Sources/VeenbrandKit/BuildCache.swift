/// What one build leaves for the next, so that a rebuild after an edit reads and parses only
/// the articles whose files changed, and renders and writes only the pages whose inputs
/// changed. The preview server keeps one in memory; `veenbrand build` keeps one in a file
/// beside the output (`BuildCache+Archive`).
///
/// A cache serves one build at a time, for one output folder that nothing else writes to.
/// Whatever it says, the result is the site a full build would write (`IncrementalBuildTests`).
public final class BuildCache: @unchecked Sendable {
    /// What an output folder holds, as a build wrote it.
    struct Output {
        let folder: String
        /// Output file → fingerprint of the inputs it was rendered from (nil: compare bytes).
        let pages: [String: Fingerprint?]
        /// Copied file's output path → stamp of its source when it was copied.
        let copied: [String: FileStamp]
    }

    /// What parsing an article depends on besides its own file (site settings, themes): when
    /// it changes, no article is reused.
    private(set) var articleSettings: Fingerprint?
    /// Every article parsed (drafts and scheduled ones too), by path, with its file's stamp.
    private(set) var articles: [String: ArticleEntry] = [:]
    /// The output folder, as the last build left it.
    private(set) var output: Output?
    /// The standby folder beside the output (`OutputWriter`), which holds the site before the
    /// last build, if that is known.
    private(set) var standby: Output?
    /// The last build's related-article lists, reused when no article's order or terms changed.
    var related: RelatedArticles?

    public init() {}

    init(articleSettings: Fingerprint?, articles: [String: ArticleEntry], output: Output?, standby: Output?,
         related: RelatedArticles?) {
        self.articleSettings = articleSettings
        self.articles = articles
        self.output = output
        self.standby = standby
        self.related = related
    }

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

    /// The output folder now holds `output`; the standby folder, if swapped with it, `standby`.
    func remember(output: Output, standby: Output?) {
        self.output = output
        self.standby = standby
    }

    /// Neither folder is known to hold what the cache says (a write failed).
    func forgetOutput() {
        output = nil
        standby = nil
    }
}
