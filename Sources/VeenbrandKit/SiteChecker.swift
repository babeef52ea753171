import Foundation

/// `veenbrand check`: everything a build validates, without writing, plus what a build lets
/// pass: internal links and `#anchors`, images and files, summaries, articles without a theme.
public enum SiteChecker {
    public static func check(source: URL, publication: Publication, baseURLOverride: String? = nil) -> CheckReport {
        let sources: SiteSources
        let parsed: ParsedSite
        do {
            sources = SiteLoader(root: source).load()
            parsed = try SiteParser.parse(sources, baseURLOverride: baseURLOverride)
        } catch {
            return CheckReport(diagnostics: error.errors.map(Diagnostic.init), articles: 0)
        }
        let selection = publication.select(parsed.articles)
        let bodies = ArticleBodies(loader: sources.loader,
                                   renderer: MarkdownRenderer(unsafeHTML: parsed.config.unsafeHTML, baseURL: parsed.config.baseURL))
        let rendered = selection.published.concurrentMap { entry in Result { () throws(BuildError) in try bodies.render(entry, details: true) } }
        let model = SiteAssembler.assemble(selection.published, config: parsed.config, strings: parsed.strings,
                                           catalog: parsed.catalog, publication: publication)
        var headings: [String: Set<String>] = [:]
        for (entry, body) in zip(selection.published, rendered) {
            if case .success(let body) = body { headings[entry.article.sitePath.url] = Set(body.headingIDs) }
        }
        let published = Set(selection.published.map(\.article.path))
        let addresses = SiteAddresses(model: model, headings: headings, copied: sources.copied,
                                      unpublished: parsed.articles.map(\.article).filter { !published.contains($0.path) })
        var diagnostics: [Diagnostic] = []
        for (entry, body) in zip(selection.published, rendered) {
            diagnostics += contentDiagnostics(entry)
            switch body {
            case .success(let body): diagnostics += body.links.compactMap { addresses.problem(with: $0, in: entry) }
            case .failure(let error): diagnostics.append(Diagnostic(error))
            }
        }
        return CheckReport(diagnostics: diagnostics, articles: rendered.count)
    }

    private static func contentDiagnostics(_ rendered: ArticleEntry) -> [Diagnostic] {
        let article = rendered.article
        let frontMatter = SourceLocation(path: article.path, line: 2, column: 1)
        var diagnostics: [Diagnostic] = []
        if rendered.summary.isEmpty {
            diagnostics.append(Diagnostic(.error, frontMatter,
                "no summary: add 'summary:' or start the text with a paragraph (lists and feeds show it)"))
        }
        if article.themes.isEmpty {
            diagnostics.append(Diagnostic(.warning, frontMatter, "the article has no theme: readers find articles through their themes"))
        }
        return diagnostics
    }
}

/// Every address the built site will have, to check links against.
struct SiteAddresses {
    private var pages: Set<String> = []
    private var files: Set<String> = []
    private var headings: [String: Set<String>] = [:]
    private var articleSlugs: [String] = []
    private var unpublished: [String: Article] = [:]

    init(model: SiteModel, headings: [String: Set<String>], copied: [CopiedFile], unpublished: [Article]) {
        self.headings = headings
        let homePages = max(1, (model.articles.count + PageRenderer.homePageSize - 1) / PageRenderer.homePageSize)
        pages = Set((1...homePages).map { SitePath.homePage($0).url })
        pages.formUnion([SitePath.themes.url, SitePath.keywords.url])
        for article in model.articles {
            pages.insert(article.article.sitePath.url)
            articleSlugs.append(article.article.slug.value)
        }
        for theme in model.themes {
            pages.insert(theme.sitePath.url)
            files.insert(SitePath.themeFeed(theme.slug).url)
        }
        model.keywords.forEach { pages.insert($0.sitePath.url) }
        files.formUnion([SitePath.feed, .sitemap, .robots, .notFound].map(\.url))
        files.formUnion(copied.map { "/" + $0.outputFile })
        for article in unpublished { self.unpublished[article.sitePath.url] = article }
    }

    /// The diagnostic for a link that will not work on the built site, or nil.
    func problem(with link: ContentLink, in rendered: ArticleEntry) -> Diagnostic? {
        let url = link.url
        if url.isEmpty || LinkResolver.isExternal(url) { return nil }
        let page = rendered.article.sitePath.url
        guard let resolved = URL(string: url, relativeTo: URL(string: "https://site.invalid" + page)),
              var path = resolved.path.removingPercentEncoding else {
            return Diagnostic(.error, link.location, "link '\(url)' is not a valid address")
        }
        if resolved.absoluteString.hasSuffix("/") || url.hasSuffix("/") || (url.hasPrefix("#") && page.hasSuffix("/")) {
            if !path.hasSuffix("/") { path += "/" }
        }
        if path.hasSuffix("/index.html") { path = String(path.dropLast("index.html".count)) }
        let kind = link.isImage ? "image" : "link"

        if files.contains(path) { return nil }
        if !pages.contains(path), pages.contains(path + "/") { path += "/" }
        guard pages.contains(path) else {
            return Diagnostic(.error, link.location, "\(kind) '\(url)' goes nowhere: \(missingReason(path))")
        }
        if let fragment = resolved.fragment, !fragment.isEmpty, let ids = headings[path], !ids.contains(fragment) {
            let hint = Suggestion.closest(to: fragment, in: ids.sorted()).map { "; did you mean '#\($0)'?" } ?? ""
            let target = path == page ? "this article" : path
            return Diagnostic(.error, link.location, "\(kind) '\(url)': \(target) has no heading with id '\(fragment)'\(hint)")
        }
        return nil
    }

    private func missingReason(_ path: String) -> String {
        if let article = unpublished[path] {
            return "\(article.path) is \(article.draft ? "a draft" : "scheduled for \(article.date)") and not published"
        }
        let segments = path.split(separator: "/").map(String.init)
        if segments.count == 2, segments[0] == "nieuws" {
            let hint = Suggestion.closest(to: segments[1], in: articleSlugs).map { "; did you mean '/nieuws/\($0)/'?" } ?? ""
            return "there is no article with slug '\(segments[1])'\(hint)"
        }
        if segments.first == "media" { return "there is no file \(path.dropFirst()) in content/media/" }
        if segments.first == "assets" { return "there is no file \(path.dropFirst("/assets/".count)) in theme/assets/" }
        if segments.first == "themas" { return "there is no theme with slug '\(segments.dropFirst().first ?? "")' in content/themes.yaml" }
        if segments.first == "trefwoorden" { return "no article has the keyword '\(segments.dropFirst().first ?? "")'" }
        return "the site has no page or file at \(path)"
    }
}
