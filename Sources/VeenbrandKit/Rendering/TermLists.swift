/// What topic and keyword pages and their indexes have in common; each kind is its own
/// producer (`TopicPages`, `KeywordPages`, `TopicIndex`, `KeywordIndex`).
enum TermLists {
    /// A topic's or keyword's page: the term, its articles (twenty a page), and on the first
    /// page its events.
    static let shape = PageValues.root(
        "a theme or keyword page",
        [
            .object("term", .term), .list("articles", ItemValues.article), .flag("hasArticles"),
            .object("pagination", Pagination.shape), .list("events", ItemValues.event), .flag("hasEvents"),
        ])

    /// The pages of one term's list: 20 articles each.
    static func routes(
        _ terms: [Term], at path: (Slug) -> SitePath, site: SiteModel, _ addresses: SiteAddresses,
        producer: any Producer
    ) -> [Route] {
        terms.enumerated().flatMap { index, term in
            ListPages.routes(
                at: path(term.slug), addresses, items: term.articles.count, size: ListPages.termSize,
                producer: producer, item: index, newest: ListPages.newest(term.articles, in: site))
        }
    }

    static func page(
        _ term: Term, at path: SitePath, feed: SitePath?, route: Route, template: String, section: AddressWord,
        _ context: RenderContext
    ) -> OutputContents {
        let number = route.listPage
        let total = ListPages.count(term.articles.count, size: ListPages.termSize)
        let title = context.listPageTitle(term.name, number, of: total)
        let feeds =
            feed.map { [TemplateValue.feedLink(title: "\(context.config.title): \(term.name)", url: context.href($0))] }
            ?? []
        let intro = section == .themes ? context.strings["articlesAbout"] : context.strings["keywordIntro"]
        let description = term.description.isEmpty ? "\(intro) ‘\(term.name)’." : term.description
        let page = context.meta(
            title, path: route.path, section: section,
            description: number == 1 ? description : context.pageDescription(description, number, of: total),
            extraFeeds: feeds)
        let articles = ListPages.positions(term.articles.count, size: ListPages.termSize, page: number)
            .map { context.articleItem(term.articles[$0]) }
        let events = number == 1 ? term.events.map(context.eventItem) : []
        return context.render(
            template,
            context.page(
                shape, page,
                [
                    "term": context.termValue(term, at: path, feed: feed, section: section),
                    "articles": .list(articles),
                    "hasArticles": .flag(!articles.isEmpty),
                    "pagination": ListPages.pagination(at: path, page: number, total: total, context),
                    "events": .list(events), "hasEvents": .flag(!events.isEmpty),
                ]))
    }

    /// Why a link under `folder` (a term's folder: `/themas/`) finds nothing: no term of that
    /// slug (`unknown`), or no such page of a term's (`what`: "the theme").
    static func absence(
        at path: String, under folder: SitePath, terms: [Term], what: String, unknown: (String) -> String
    ) -> String? {
        let segments = path.split(separator: "/")
        guard segments.count >= 2, "/\(segments[0])/" == folder.url else { return nil }
        let slug = String(segments[1])
        return terms.contains { $0.slug.value == slug } ? "\(what) '\(slug)' has no page at \(path)" : unknown(slug)
    }
}
