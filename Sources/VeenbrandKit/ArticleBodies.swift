/// Renders articles' bodies when their pages and feeds are written: the render-Markdown stage
/// of a streaming build. Each body is read again through the loader and must be the one that
/// was parsed; its HTML lives only as long as the page being written.
public struct ArticleBodies: Sendable {
    let loader: SiteLoader
    let renderer: MarkdownRenderer

    public init(loader: SiteLoader, renderer: MarkdownRenderer) {
        self.loader = loader
        self.renderer = renderer
    }

    /// Reads and renders the body of `entry` (with feed HTML, and its links and first
    /// paragraph, if asked).
    public func render(_ entry: ArticleEntry, feedHTML: Bool = false, details: Bool = false) throws(BuildError) -> RenderedBody {
        let article = entry.article
        let file = try loader.readArticle(article.path)
        let changed = BuildError(path: article.path, "the file changed while the site was being built: build again")
        if let stamp = entry.stamp, let now = file.stamp, stamp != now { throw changed }
        let text = SourceText.normalize(file.text)
        guard let parts = try? FrontMatter.split(text, path: article.path), parts.bodyFirstLine == article.bodyFirstLine,
              Fingerprint.of(parts.body) == entry.bodyFingerprint else { throw changed }
        return renderer.render(parts.body, of: article, feedHTML: feedHTML, details: details)
    }
}
