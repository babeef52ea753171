import Foundation

/// The assemble stage: what this build publishes, in order, with its theme and keyword pages,
/// related articles and redirects, and what it holds back.
enum Assembling {
    /// `previousRelated` (found by an earlier build) is reused if it was found from the same
    /// articles, with the same terms, in the same order.
    static func assemble(_ parsed: ParsedSite, files: [CopiedFile], publication: Publication,
                         previousRelated: RelatedArticles? = nil) -> SiteModel {
        let selection = publication.select(parsed.articles)
        let order = selection.published.indices
            .map { (date: selection.published[$0].article.date.epochSeconds, slug: selection.published[$0].article.slug, index: $0) }
            .sorted { a, b in a.date != b.date ? a.date > b.date : a.slug < b.slug }
        let articles = order.map { selection.published[$0.index] }
        let catalog = parsed.catalog ?? ThemeCatalog(themes: [])
        var themeArticles = [[Int]](repeating: [], count: catalog.themes.count)
        let themePositions = Dictionary(catalog.themes.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, entry) in articles.enumerated() {
            for theme in entry.article.themes {
                if let position = themePositions[theme.slug] { themeArticles[position].append(index) }
            }
        }
        let themes = catalog.themes.enumerated().map { position, theme in
            Term(name: theme.name, slug: theme.slug, description: theme.description, articles: themeArticles[position])
        }
        let pages = parsed.pages.filter { !$0.page.draft || publication.includeDrafts }
        let redirects = articles.flatMap { entry in
            entry.article.aliases.map { Redirect(alias: $0, target: entry.article.sitePath, title: entry.article.title) }
        } + pages.flatMap { entry in
            entry.page.aliases.map { Redirect(alias: $0, target: entry.page.sitePath, title: entry.page.title) }
        }
        let published = Set(articles.map(\.article.path))
        let withheld = parsed.articles.filter { !published.contains($0.article.path) }.map { entry in
            let article = entry.article
            return WithheldDocument(
                path: article.path, sitePath: article.sitePath,
                claim: Claim(kind: .article, location: article.slugLocation, name: article.slug.value),
                aliases: article.aliases, reason: article.draft ? "a draft" : "scheduled for \(article.date)")
        } + parsed.pages.filter { $0.page.draft && !publication.includeDrafts }.map { entry in
            WithheldDocument(path: entry.page.path, sitePath: entry.page.sitePath,
                             claim: Claim(kind: .page, location: entry.page.slugLocation, name: entry.page.slug.value),
                             aliases: entry.page.aliases, reason: "a draft")
        }
        return SiteModel(
            articles: articles, themes: themes, keywords: keywordPages(articles),
            related: RelatedArticles.find(in: articles, previous: previousRelated), pages: pages, redirects: redirects,
            withheld: withheld, files: files, publication: publication, draftsSkipped: selection.draftsSkipped,
            scheduledSkipped: selection.scheduledSkipped, nextScheduled: selection.nextScheduled)
    }

    /// One page per keyword slug, named by the spelling most articles use.
    private static func keywordPages(_ articles: [ArticleEntry]) -> [Term] {
        var indicesBySlug: [Slug: [Int]] = [:]
        var spellings: [Slug: [String: Int]] = [:]
        for (index, entry) in articles.enumerated() {
            for keyword in entry.article.keywords {
                indicesBySlug[keyword.slug, default: []].append(index)
                spellings[keyword.slug, default: [:]][keyword.name, default: 0] += 1
            }
        }
        let terms = indicesBySlug.map { slug, indices in
            let name = spellings[slug]!.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            return Term(name: name, slug: slug, description: "", articles: indices)
        }
        return terms.map { (key: sortKey($0.name), term: $0) }
            .sorted { a, b in a.key != b.key ? a.key < b.key : a.term.slug < b.term.slug }
            .map(\.term)
    }

    private static func sortKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
