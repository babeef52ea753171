import Foundation

/// The assemble stage: what this build publishes, in order, with its topic and keyword pages,
/// related articles and redirects, and what it holds back.
enum Assembling {
    /// Publishes the documents of `kinds` that are due. `previousRelated` (found by an earlier
    /// build) is reused if it was found from the same articles, with the same terms, in the same
    /// order.
    static func assemble(
        _ parsed: ParsedSite, kinds: [DocumentKind], files: [CopiedFile], publication: Publication,
        previousRelated: RelatedArticles? = nil
    ) -> SiteModel {
        var published = Documents()
        var withheld: [WithheldDocument] = []
        for kind in kinds {
            published[kind] = parsed.documents[kind].filter { document in
                guard let withholding = publication.withholding(document) else { return true }
                withheld.append(WithheldDocument(document: document, withholding: withholding))
                return false
            }
        }
        let articles = published[.articles].map { (date: $0.due?.epochSeconds ?? 0, slug: $0.slug, entry: $0) }
            .sorted { a, b in a.date != b.date ? a.date > b.date : a.slug < b.slug }
            .map(\.entry)
        published[.articles] = articles
        let (events, upcoming) = agenda(published[.agenda], now: publication.now)
        published[.agenda] = events
        var topics = topicTerms(articles, catalog: parsed.catalog ?? TopicCatalog(topics: []))
        for (index, event) in events.enumerated() {
            for topic in event.topics {
                if let position = topics.firstIndex(where: { $0.slug == topic.slug }) {
                    topics[position].events.append(index)
                }
            }
        }
        var site = SiteModel(
            articles: articles, events: events, upcomingEvents: upcoming, topics: topics,
            keywords: keywordTerms(articles, events: events), years: ArchiveYear.all(articles),
            related: RelatedArticles.find(in: articles, previous: previousRelated),
            documents: published,
            redirects: published.all.flatMap { document in
                document.aliases.map { Redirect(alias: $0, target: document) }
            },
            withheld: withheld, files: files, publication: publication,
            nextScheduled: nextScheduled(withheld), nextChange: nextChange(withheld, events, now: publication.now),
            cms: parsed.config?.cms)
        site.images = SiteImages(files: files, documents: published, topics: topics, config: parsed.config)
        return site
    }

    /// Events still to come (or going on) soonest first, then past ones, the last first; and
    /// how many are still to come.
    private static func agenda(_ events: [Document], now: Int) -> ([Document], Int) {
        let timed = events.compactMap { event in EventTimes(event).map { (times: $0, event: event) } }
        let upcoming = timed.filter { $0.times.isUpcoming(at: now) }
            .sorted { a, b in (a.times.begins, a.event.slug) < (b.times.begins, b.event.slug) }
        let past = timed.filter { !$0.times.isUpcoming(at: now) }
            .sorted { a, b in (b.times.begins, a.event.slug) < (a.times.begins, b.event.slug) }
        return ((upcoming + past).map(\.event), upcoming.count)
    }

    /// The earliest document held back for its date.
    private static func nextScheduled(_ withheld: [WithheldDocument]) -> Publication.Scheduled? {
        withheld.compactMap { document -> Publication.Scheduled? in
            guard case .scheduled(let date) = document.withholding else { return nil }
            return Publication.Scheduled(title: document.document.title, path: document.path, date: date)
        }
        .min { a, b in (a.date.epochSeconds, a.path) < (b.date.epochSeconds, b.path) }
    }

    /// When the site next changes by itself: a document falls due, or an event is over.
    private static func nextChange(_ withheld: [WithheldDocument], _ events: [Document], now: Int) -> Int? {
        let due = withheld.compactMap { document -> Int? in
            if case .scheduled(let date) = document.withholding { date.epochSeconds } else { nil }
        }
        let ends = events.compactMap { EventTimes($0)?.ends }.filter { $0 > now }
        return (due + ends).min()
    }

    /// One page per topic, in themes.yaml's order, including topics no article uses yet.
    private static func topicTerms(_ articles: [Document], catalog: TopicCatalog) -> [Term] {
        var topicArticles = [[Int]](repeating: [], count: catalog.topics.count)
        let topicPositions = Dictionary(
            catalog.topics.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, entry) in articles.enumerated() {
            for topic in entry.topics {
                if let position = topicPositions[topic.slug] { topicArticles[position].append(index) }
            }
        }
        return catalog.topics.enumerated().map { position, topic in
            Term(name: topic.name, slug: topic.slug, description: topic.description, articles: topicArticles[position])
        }
    }

    /// One page per keyword slug, named by the spelling most articles and events use.
    private static func keywordTerms(_ articles: [Document], events: [Document]) -> [Term] {
        var articlesBySlug: [Slug: [Int]] = [:]
        var eventsBySlug: [Slug: [Int]] = [:]
        var spellings: [Slug: [String: Int]] = [:]
        for (index, entry) in articles.enumerated() {
            for keyword in entry.keywords {
                articlesBySlug[keyword.slug, default: []].append(index)
                spellings[keyword.slug, default: [:]][keyword.name, default: 0] += 1
            }
        }
        for (index, entry) in events.enumerated() {
            for keyword in entry.keywords {
                eventsBySlug[keyword.slug, default: []].append(index)
                spellings[keyword.slug, default: [:]][keyword.name, default: 0] += 1
            }
        }
        let terms = spellings.map { slug, names in
            let name = names.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            return Term(
                name: name, slug: slug, description: "", articles: articlesBySlug[slug] ?? [],
                events: eventsBySlug[slug] ?? [])
        }
        return terms.map { (key: sortKey($0.name), term: $0) }
            .sorted { a, b in a.key != b.key ? a.key < b.key : a.term.slug < b.term.slug }
            .map(\.term)
    }

    private static func sortKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
