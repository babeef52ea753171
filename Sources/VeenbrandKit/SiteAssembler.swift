import Foundation

/// Orders articles and builds the theme and keyword pages and related-article lists.
public enum SiteAssembler {
    /// How many related articles an article page shows.
    static let relatedCount = 5

    /// Errors that involve more than one article: two articles claiming one slug.
    public static func crossArticleErrors(_ articles: [Article]) -> [BuildError] {
        var firstBySlug: [Slug: Int] = [:]
        firstBySlug.reserveCapacity(articles.count)
        var errors: [BuildError] = []
        for index in articles.indices.sorted(by: { articles[$0].path < articles[$1].path }) {
            if let first = firstBySlug[articles[index].slug] {
                errors.append(BuildError(articles[index].slugLocation,
                    "slug '\(articles[index].slug)' is already used by \(articles[first].path): each article needs its own slug"))
            } else {
                firstBySlug[articles[index].slug] = index
            }
        }
        return errors
    }

    /// `previousRelated` (from the last build) is reused if every article's path and terms and
    /// their order are the same.
    public static func assemble(_ rendered: [ArticleEntry], config: SiteConfig, strings: Strings,
                                catalog: ThemeCatalog, publication: Publication,
                                previousRelated: RelatedArticles? = nil) -> SiteModel {
        let order = rendered.indices.map { (date: rendered[$0].article.date.epochSeconds, slug: rendered[$0].article.slug, index: $0) }
            .sorted { a, b in a.date != b.date ? a.date > b.date : a.slug < b.slug }
        let articles = order.map { rendered[$0.index] }
        var themeArticles = [[Int]](repeating: [], count: catalog.themes.count)
        let themePositions = Dictionary(catalog.themes.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, entry) in articles.enumerated() {
            for theme in entry.article.themes {
                if let position = themePositions[theme.slug] { themeArticles[position].append(index) }
            }
        }
        let themes = catalog.themes.enumerated().map { position, theme in
            TermPage(name: theme.name, slug: theme.slug, description: theme.description,
                     sitePath: .theme(theme.slug), articles: themeArticles[position])
        }
        return SiteModel(config: config, strings: strings, articles: articles, themes: themes,
                         keywords: keywordPages(articles), related: relatedArticles(articles, previous: previousRelated),
                         publication: publication)
    }

    /// One page per keyword slug, named by the spelling most articles use.
    private static func keywordPages(_ articles: [ArticleEntry]) -> [TermPage] {
        var indicesBySlug: [Slug: [Int]] = [:]
        var spellings: [Slug: [String: Int]] = [:]
        for (index, rendered) in articles.enumerated() {
            for keyword in rendered.article.keywords {
                indicesBySlug[keyword.slug, default: []].append(index)
                spellings[keyword.slug, default: [:]][keyword.name, default: 0] += 1
            }
        }
        let pages = indicesBySlug.map { slug, indices in
            let name = spellings[slug]!.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            return TermPage(name: name, slug: slug, description: "", sitePath: .keyword(slug), articles: indices)
        }
        return pages.map { (key: sortKey($0.name), page: $0) }
            .sorted { a, b in a.key != b.key ? a.key < b.key : a.page.slug < b.page.slug }
            .map(\.page)
    }

    private static func sortKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Articles sharing the most themes and keywords, newest first on ties; found through an
    /// inverted index from each theme and keyword to its articles. From each of an article's
    /// terms at most `relatedWindow` candidates are taken, those nearest to it in time, so a
    /// theme with 50,000 articles costs no more than one with 200 (and below that size the
    /// result is exact). Shared terms are counted in an array per block of articles, and the
    /// best five kept as they come: no dictionary, no sort.
    private static func relatedArticles(_ articles: [ArticleEntry], previous: RelatedArticles?) -> RelatedArticles {
        struct Term: Hashable {
            let isTheme: Bool
            let slug: Slug
        }
        var termIDs: [Term: Int] = [:]
        var source = Fingerprint()
        let terms = articles.map { rendered in
            source.add(rendered.article.path)
            source.add(rendered.article.themes.count)
            let articleTerms = rendered.article.themes.map { Term(isTheme: true, slug: $0.slug) }
                + rendered.article.keywords.map { Term(isTheme: false, slug: $0.slug) }
            return articleTerms.map { term in
                source.add(term.slug.value)
                if let id = termIDs[term] { return id }
                termIDs[term] = termIDs.count
                return termIDs.count - 1
            }
        }
        let termCount = termIDs.count
        if let previous, previous.source == source { return previous }
        var postings = [[Int]](repeating: [], count: termCount)
        for (index, articleTerms) in terms.enumerated() {
            for term in articleTerms { postings[term].append(index) }
        }
        let blockSize = 256
        let blocks = Array(stride(from: 0, to: articles.count, by: blockSize))
        let lists = blocks.concurrentMap { start in
            var shared = [Int32](repeating: 0, count: articles.count)
            var touched: [Int] = []
            return (start..<Swift.min(start + blockSize, articles.count)).map { index in
                for term in terms[index] {
                    for other in nearest(to: index, in: postings[term]) where other != index {
                        if shared[other] == 0 { touched.append(other) }
                        shared[other] += 1
                    }
                }
                var best = TopRelated()
                for other in touched {
                    best.offer(other, shared: shared[other])
                    shared[other] = 0
                }
                touched.removeAll(keepingCapacity: true)
                return best.indices
            }
        }.flatMap { $0 }
        return RelatedArticles(lists: lists, source: source)
    }

    /// The `relatedCount` best candidates seen so far: most shared terms, then lowest index
    /// (articles are newest first).
    private struct TopRelated {
        private var entries: [(index: Int, shared: Int32)] = []

        var indices: [Int] { entries.map(\.index) }

        mutating func offer(_ index: Int, shared: Int32) {
            func isBetter(_ a: (index: Int, shared: Int32), than b: (index: Int, shared: Int32)) -> Bool {
                a.shared != b.shared ? a.shared > b.shared : a.index < b.index
            }
            let candidate = (index: index, shared: shared)
            if entries.count == relatedCount {
                guard isBetter(candidate, than: entries[relatedCount - 1]) else { return }
                entries.removeLast()
            }
            var position = entries.count
            while position > 0, isBetter(candidate, than: entries[position - 1]) { position -= 1 }
            entries.insert(candidate, at: position)
        }
    }

    static let relatedWindow = 200

    /// The `relatedWindow` entries of a sorted posting list nearest to `index` (all if fewer).
    private static func nearest(to index: Int, in posting: [Int]) -> ArraySlice<Int> {
        guard posting.count > relatedWindow else { return posting[...] }
        var low = 0, high = posting.count
        while low < high {
            let middle = (low + high) / 2
            if posting[middle] < index { low = middle + 1 } else { high = middle }
        }
        let start = Swift.min(Swift.max(0, low - relatedWindow / 2), posting.count - relatedWindow)
        return posting[start..<(start + relatedWindow)]
    }
}
