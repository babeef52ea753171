import Foundation

/// `veenbrand check`: everything a build validates, without writing, plus what a build lets
/// pass: internal links and `#anchors`, images and files, summaries, articles without a theme,
/// advice on headings, links, images and readability, and, given the published sitemap,
/// every address once published that the site no longer has.
/// A problem in one document does not stop the checks of the others: every problem appears
/// in one run, each once.
public enum SiteChecker {
    /// Checks the site at `source` as a build with `publication` would publish it.
    public static func check(
        source: URL, publication: Publication, baseURL: BaseURLOverride? = nil, published: PublishedSitemap? = nil,
        external: ExternalLinks? = nil
    ) -> CheckReport {
        let sources = Loading.load(SourceFolder(root: source), kinds: Kinds.documents)
        let parsed = Parsing.parse(sources, kinds: Kinds.documents, templates: Kinds.templates, baseURL: baseURL)
        let site = Assembling.assemble(parsed, kinds: Kinds.documents, files: sources.copied, publication: publication)
        let base = SiteBase(url: parsed.config?.baseURL ?? "https://example.invalid/")
        let routes = RouteTable(site, base: base, producers: Kinds.producers)
        let bodies = DocumentBodies(
            folder: sources.folder,
            renderer: MarkdownRenderer(unsafeHTML: parsed.config?.unsafeHTML ?? false, base: base))
        let documents = site.documents.all.map { (origin: $0.body, page: $0.sitePath) }
        let rendered = documents.concurrentMap { document in
            Result { () throws(BuildError) in try bodies.render(document.origin, page: document.page, details: true) }
        }
        var headings: [SitePath: Set<String>] = [:]
        for (document, body) in zip(documents, rendered) {
            if case .success(let body) = body { headings[document.page] = Set(body.headingIDs) }
        }
        let links = LinkCheck(routes: routes, site: site, headings: headings)
        var diagnostics = (parsed.problems + routes.problems).map(Diagnostic.init)
        for entry in site.articles { diagnostics += contentDiagnostics(entry) }
        let limits = parsed.config?.readability ?? ReadabilityLimits()
        var summaries: [ReadabilitySummary] = []
        for (document, body) in zip(documents, rendered) {
            switch body {
            case .success(let body):
                diagnostics += body.links.compactMap { links.problem(with: $0, on: document.page) }
                diagnostics += headingOutline(body.headings) + LinkAdvice.diagnostics(body.links)
                let readability = Readability(paragraphs: body.paragraphs, limits: limits)
                diagnostics += readability.diagnostics(path: document.origin.path, limits: limits)
                summaries.append(ReadabilitySummary(path: document.origin.path, readability))
            case .failure(let error): diagnostics.append(Diagnostic(error))
            }
        }
        if let published { diagnostics += published.missing(from: routes, site: site) }
        if let external {
            diagnostics += external.diagnostics(rendered.flatMap { (try? $0.get())?.links ?? [] })
        }
        var report = CheckReport(
            diagnostics: diagnostics, articles: site.articles.count, pages: documents.count - site.articles.count)
        report.readability = summaries.sorted { $0.path < $1.path }
        return report
    }

    /// Warnings for headings that skip a level: the page's title is the one level-1 heading,
    /// so the text's sections start at `##`, and each heading goes at most one level deeper than
    /// the one before. Screen reader users move through a page by its headings' levels.
    static func headingOutline(_ headings: [(level: Int, location: SourceLocation)]) -> [Diagnostic] {
        var previous = 1
        var diagnostics: [Diagnostic] = []
        for heading in headings {
            if heading.level == 1 {
                diagnostics.append(
                    Diagnostic(
                        .warning, heading.location,
                        "a '#' heading in the text is a second title (the page's title is the only one): "
                            + "start sections with '##'"))
            } else if heading.level > previous + 1 {
                let marks = String(repeating: "#", count: previous + 1)
                diagnostics.append(
                    Diagnostic(
                        .warning, heading.location,
                        "this heading skips a level (level \(heading.level) after level \(previous)): write it with "
                            + "'\(marks)', as screen readers list headings by level"))
            }
            previous = heading.level
        }
        return diagnostics
    }

    private static func contentDiagnostics(_ entry: ArticleEntry) -> [Diagnostic] {
        let article = entry.article
        let frontMatter = SourceLocation(path: article.path, line: 2, column: 1)
        var diagnostics: [Diagnostic] = []
        if entry.summary.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .error, frontMatter,
                    "no summary: add 'summary:' or start the text with a paragraph (lists and feeds show it)"))
        }
        if article.themes.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, frontMatter, "the article has no theme: readers find articles through their themes"))
        }
        return diagnostics
    }
}
