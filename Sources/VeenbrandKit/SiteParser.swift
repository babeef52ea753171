/// Everything parsed from the sources, ready to render.
public struct ParsedSite: Sendable {
    public let config: SiteConfig
    public let catalog: ThemeCatalog
    public let strings: Strings
    public let templates: TemplateSet
    /// All articles, drafts included, in file order.
    public let articles: [ArticleEntry]
}

/// The parse stage: config, themes, UI strings, templates and every article, with all their
/// errors collected into one failure. Each article is read, parsed and indexed (summary,
/// fingerprints) on all cores, and its text let go.
public enum SiteParser {
    /// `reused` are the articles of `sources.reusedArticles`, as a `BuildCache` kept them.
    public static func parse(_ sources: SiteSources, baseURLOverride: String? = nil,
                             reused: [ArticleEntry] = []) throws(BuildFailure) -> ParsedSite {
        var errors = ErrorCollector()
        errors.add(contentsOf: sources.problems)
        let config = sources.siteConfig.flatMap { file in
            errors.collect { try SiteConfig.parse(file.text, path: file.path, baseURLOverride: baseURLOverride) }
        }
        let catalog = sources.themes.flatMap { file in errors.collect { try ThemeCatalog.parse(file.text, path: file.path) } }
        let templates = errors.collect { try TemplateSet.compile(sources.templates, folder: SiteLoader.templatesFolder) }
        var strings: Strings?
        if let config {
            if let file = sources.stringsByLanguage[config.language] {
                strings = errors.collect { try Strings.parse(file.text, path: file.path) }
            } else {
                errors.add(BuildError(path: "\(SiteLoader.stringsFolder)/\(config.language).yaml",
                                      "no UI strings for language '\(config.language)' (set in content/site.yaml)"))
            }
        }
        let loader = sources.loader
        let results = sources.articles.concurrentMap { path -> Result<ArticleEntry, BuildFailure> in
            do throws(BuildFailure) {
                let file: SourceFile
                do throws(BuildError) { file = try loader.readArticle(path) } catch { throw BuildFailure([error]) }
                return .success(ArticleEntry(try ArticleParser.parse(file.text, path: file.path, catalog: catalog), stamp: file.stamp))
            } catch {
                return .failure(error)
            }
        }
        var articles: [ArticleEntry] = []
        for result in results {
            switch result {
            case .success(let article): articles.append(article)
            case .failure(let failure): errors.add(contentsOf: failure.errors)
            }
        }
        if !reused.isEmpty {
            articles += reused
            articles.sort { $0.article.path < $1.article.path }
        }
        errors.add(contentsOf: SiteAssembler.crossArticleErrors(articles.map(\.article)))
        try errors.check()
        return ParsedSite(config: config!, catalog: catalog!, strings: strings!, templates: templates!, articles: articles)
    }
}
