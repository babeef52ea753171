import Foundation

/// `veenbrand check`: everything a build validates, without writing, plus what a build lets
/// pass: internal links and `#anchors`, images and files, summaries, articles without a theme,
/// advice on headings, links, images and readability, and, given the published sitemap,
/// every address once published that the site no longer has.
/// A problem in one document does not stop the checks of the others: every problem appears
/// in one run, each once.
public enum SiteChecker {
    /// Checks the site at `source` as a build with `publication` would make it (the same stages,
    /// the same errors), and every document it has, drafts and scheduled ones too: a link from
    /// a published document to one that is not is an error, and one between two that are not
    /// yet, a warning.
    public static func check(
        source: URL, publication: Publication, baseURL: BaseURLOverride? = nil, published: PublishedSitemap? = nil,
        external: ExternalLinks? = nil, maxImagePixels: Int = BuildOptions.defaultMaxImagePixels
    ) -> CheckReport {
        var options = BuildOptions(source: source, baseURL: baseURL, publication: publication)
        options.maxImagePixels = maxImagePixels
        let prepared = Site.prepare(options, progress: .silent, reuse: NoReuse())
        let routes = prepared.routes
        let bodies = DocumentBodies(
            folder: prepared.sources.folder,
            renderer: MarkdownRenderer(unsafeHTML: prepared.parsed.config?.unsafeHTML ?? false, base: routes.base))
        let withheld = Set(prepared.site.withheld.map(\.path))
        let documents = prepared.parsed.documents.all.map { document in
            (document: document, page: routes.addresses.document(document), withheld: withheld.contains(document.path))
        }
        let rendered = documents.concurrentMap { document in
            Result { () throws(BuildError) in
                try bodies.render(document.document.body, page: document.page, details: true)
            }
        }
        var headings: [SitePath: Set<String>] = [:]
        for (document, body) in zip(documents, rendered) {
            if case .success(let body) = body { headings[document.page] = Set(body.headingIDs) }
        }
        let links = LinkCheck(routes: routes, headings: headings)
        var diagnostics = prepared.problems.map(Diagnostic.init)
        let placeholderText = prepared.parsed.strings?.labels["newArticleHint"].map(CMark.collapsingWhitespace)
        for document in documents { diagnostics += contentDiagnostics(document.document) }
        let limits = prepared.parsed.config?.readability ?? ReadabilityLimits()
        var summaries: [ReadabilitySummary] = []
        for (document, body) in zip(documents, rendered) {
            switch body {
            case .success(let body):
                diagnostics += body.links.compactMap {
                    links.problem(
                        with: $0, on: document.page, noun: document.document.kind.noun, withheld: document.withheld)
                }
                diagnostics += headingOutline(body.headings) + LinkAdvice.diagnostics(body.links)
                diagnostics += placeholder(
                    placeholderText, in: body.paragraphs, of: document.document, withheld: document.withheld)
                let readability = Readability(paragraphs: body.paragraphs, limits: limits)
                diagnostics += readability.diagnostics(path: document.document.path, limits: limits)
                summaries.append(ReadabilitySummary(path: document.document.path, readability))
            case .failure(let error): diagnostics.append(Diagnostic(error))
            }
        }
        diagnostics += redirectLimit(prepared.site.redirects)
        if let published { diagnostics += published.missing(from: routes, site: prepared.site) }
        if let external {
            diagnostics += external.diagnostics(rendered.flatMap { (try? $0.get())?.links ?? [] })
        }
        let parsed = prepared.parsed.documents
        var report = CheckReport(
            diagnostics: diagnostics, articles: parsed[.articles].count, pages: parsed[.standalonePages].count,
            events: parsed[.agenda].count)
        report.readability = summaries.sorted { $0.path < $1.path }
        report.pageOfDocument = Dictionary(
            documents.map { ($0.document.path, routes.base.href($0.page)) }, uniquingKeysWith: { first, _ in first })
        return report
    }

    /// A warning at the first alias past the number of redirects every host reads.
    static func redirectLimit(_ redirects: [Redirect]) -> [Diagnostic] {
        guard redirects.count > RedirectsFile.hostLimit else { return [] }
        let past = redirects.map(\.alias).sorted { $0.location < $1.location }[RedirectsFile.hostLimit]
        return [
            Diagnostic(
                .warning, past.location,
                "the site has \(redirects.count) aliases; Cloudflare Pages reads only the first "
                    + "\(RedirectsFile.hostLimit) redirects of _redirects: remove old aliases nobody follows any more")
        ]
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

    /// An error (a warning in a draft) where the text is still the placeholder `new` wrote.
    static func placeholder(
        _ placeholder: String?, in paragraphs: [(line: Int, text: String)], of document: Document, withheld: Bool
    ) -> [Diagnostic] {
        // Markdown makes straight quotes typographic as it reads them: compare with straight ones.
        func plain(_ text: String) -> String {
            let straight: [Character: Character] = ["‘": "'", "’": "'", "“": "\"", "”": "\""]
            return String(CMark.collapsingWhitespace(text).map { straight[$0] ?? $0 })
        }
        guard let placeholder, !placeholder.isEmpty,
            let paragraph = paragraphs.first(where: { plain($0.text) == plain(placeholder) })
        else { return [] }
        return [
            Diagnostic(
                withheld ? .warning : .error, SourceLocation(path: document.path, line: paragraph.line),
                "the text is still the placeholder 'veenbrand new' wrote: write the \(document.kind.noun)'s own text "
                    + "(its first paragraph is the summary, unless 'summary:' gives one)",
                notice: .placeholderText)
        ]
    }

    private static func contentDiagnostics(_ document: Document) -> [Diagnostic] {
        let frontMatter = SourceLocation(path: document.path, line: 2, column: 1)
        var diagnostics: [Diagnostic] = []
        if document.summary.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .error, frontMatter,
                    "no summary: add 'summary:' or start the text with a paragraph (lists and feeds show it)"))
        }
        if document.kind == .articles && document.topics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, frontMatter, "the article has no theme: readers find articles through their themes"))
        }
        return diagnostics
    }
}
