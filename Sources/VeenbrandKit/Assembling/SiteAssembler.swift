import Foundation

/// The assemble stage: what this build publishes, in order, with its theme and keyword pages,
/// related articles and redirects, and what it holds back.
enum Assembling {
    /// Publishes the documents of `kinds` that are due. `previousRelated` (found by an earlier
    /// build) is reused if it was found from the same articles, with the same terms, in the same
    /// order.
    static func assemble(
        _ parsed: ParsedSite, kinds: [any DocumentKind.Type], files: [CopiedFile], publication: Publication,
        previousRelated: RelatedArticles? = nil
    ) -> SiteModel {
        var published = Documents()
        for kind in kinds { publish(kind, from: parsed.documents, into: &published, at: publication) }
        let selection = publication.select(parsed.articles)
        let articles = published[Articles.self].map {
            (date: $0.article.date.epochSeconds, slug: $0.article.slug, entry: $0)
        }
        .sorted { a, b in a.date != b.date ? a.date > b.date : a.slug < b.slug }
        .map(\.entry)
        let redirects = published.all.flatMap(\.redirects)
        let withheld = parsed.documents.all.compactMap { entry in
            entry.withheld(by: publication).map { WithheldDocument(document: entry.document, reason: $0) }
        }
        let topics = topicPages(articles, catalog: parsed.catalog ?? TopicCatalog(topics: []))
        var site = SiteModel(
            articles: articles, topics: topics,
            keywords: keywordPages(articles), years: ArchiveYear.all(articles),
            related: RelatedArticles.find(in: articles, previous: previousRelated),
            documents: published, redirects: redirects, withheld: withheld, files: files, publication: publication,
            draftsSkipped: selection.draftsSkipped, scheduledSkipped: selection.scheduledSkipped,
            nextScheduled: selection.nextScheduled, cms: parsed.config?.cms)
        site.images = SiteImages(
            files: files, articles: articles, pages: published[Pages.self], topics: topics, config: parsed.config)
        return site
    }

    /// The documents of `kind` that `publication` publishes.
    private static func publish<Kind: DocumentKind>(
        _ kind: Kind.Type, from parsed: Documents, into published: inout Documents, at publication: Publication
    ) {
        published[kind] = parsed[kind].filter { $0.fields.withheld(by: publication) == nil }
    }

    /// One page per theme, in themes.yaml's order, including themes no article uses yet.
    private static func topicPages(_ articles: [ArticleEntry], catalog: TopicCatalog) -> [Term] {
        var topicArticles = [[Int]](repeating: [], count: catalog.topics.count)
        let topicPositions = Dictionary(
            catalog.topics.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, entry) in articles.enumerated() {
            for theme in entry.article.themes {
                if let position = topicPositions[theme.slug] { topicArticles[position].append(index) }
            }
        }
        return catalog.topics.enumerated().map { position, theme in
            Term(name: theme.name, slug: theme.slug, description: theme.description, articles: topicArticles[position])
        }
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
