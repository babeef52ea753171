/// What one build leaves for the next in the same process (the preview server keeps one), so
/// that a rebuild after an edit reads, parses and renders only the articles whose files
/// changed, and renders and writes only the pages whose inputs changed.
///
/// A cache serves one build at a time, for one output folder that nothing else writes to.
/// Whatever it says, the result is the site a full build would write (`IncrementalBuildTests`).
public final class BuildCache: @unchecked Sendable {
    struct Article {
        let stamp: FileStamp
        /// Rendered with feed HTML, so it can join any feed later.
        let rendered: RenderedArticle
    }

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
    private(set) var articles: [String: Article] = [:]
    private(set) var output: Output?

    public init() {}

    /// The stamps of the articles that may be reused as they are, if the settings are the same.
    func reusableStamps(settings: Fingerprint) -> [String: FileStamp] {
        settings == articleSettings ? articles.mapValues(\.stamp) : [:]
    }

    func rendered(_ path: String) -> RenderedArticle? { articles[path]?.rendered }

    /// Keeps exactly the articles of this build: those `reused` as they were, and those just
    /// read and rendered (`fresh`, with their `stamps`).
    func remember(_ fresh: [RenderedArticle], stamps: [String: FileStamp], reused: Set<String>, settings: Fingerprint) {
        if settings != articleSettings { articles = [:] }
        let gone = articles.keys.filter { !reused.contains($0) }
        for path in gone { articles[path] = nil }
        for article in fresh {
            if let stamp = stamps[article.article.path] { articles[article.article.path] = Article(stamp: stamp, rendered: article) }
        }
        articleSettings = settings
    }

    /// The last build's related-article lists, reused when no article's order or terms changed.
    var related: RelatedArticles?

    func remember(output: Output) { self.output = output }

    /// The output folder is no longer known to hold what the cache says (a write failed).
    func forgetOutput() { output = nil }
}
