/// What theme and keyword pages and their indexes have in common; each kind is its own
/// producer (`TopicPages`, `KeywordPages`, `TopicIndex`, `KeywordIndex`).
enum TermLists {
    /// The pages of one term's list: 20 articles each.
    static func routes(_ terms: [Term], at path: (Slug) -> SitePath, site: SiteModel, producer: any Producer)
        -> [Route]
    {
        terms.enumerated().flatMap { index, term in
            ListPages.routes(
                at: path(term.slug), items: term.articles.count, size: ListPages.termSize,
                producer: producer, item: index, newest: ListPages.newest(term.articles, in: site))
        }
    }

    /// A term page shows the term (name, description, its feed) and its articles' items.
    static func fingerprint(_ term: Term, at path: SitePath, feed: SitePath?, route: Route, _ context: RenderContext)
        -> Fingerprint
    {
        var fingerprint = context.fingerprint(path.url)
        for text in [term.name, term.description, feed.map(context.href)] { fingerprint.add(text) }
        fingerprint.add(term.articles.count)
        let total = ListPages.count(term.articles.count, size: ListPages.termSize)
        let positions = ListPages.positions(term.articles.count, size: ListPages.termSize, page: route.page)
        return ListPages.fingerprint(
            fingerprint, page: route.page, total: total,
            indices: positions.map { term.articles[$0] }, context)
    }

    static func page(
        _ term: Term, at path: SitePath, feed: SitePath?, route: Route, template: String,
        section: String, _ context: RenderContext
    ) -> OutputContents {
        let number = route.page
        let total = ListPages.count(term.articles.count, size: ListPages.termSize)
        let title = number == 1 ? term.name : "\(term.name) – \(context.strings["page"]) \(number)"
        let feeds = feed.map { [FeedLink(title: "\(context.config.title): \(term.name)", url: context.href($0))] } ?? []
        let intro = section == "themas" ? context.strings["articlesAbout"] : context.strings["keywordIntro"]
        let description = term.description.isEmpty ? "\(intro) ‘\(term.name)’." : term.description
        let page = context.meta(
            title, path: route.path, section: section,
            description: number == 1 ? description : context.pageDescription(description, number, of: total),
            extraFeeds: feeds)
        let articles = ListPages.positions(term.articles.count, size: ListPages.termSize, page: number)
            .map { context.items[term.articles[$0]] }
        return context.render(
            template,
            TermContext(
                context.basics, page: page, term: context.termView(term, at: path, feed: feed), articles: articles,
                pagination: ListPages.pagination(at: path, page: number, total: total, context)))
    }

    /// An index shows each term's name, description, count and (for themes) feed.
    static func indexFingerprint(_ terms: [Term], at path: SitePath, _ context: RenderContext) -> Fingerprint {
        var fingerprint = context.fingerprint(path.url)
        for term in terms {
            for text in [term.name, term.slug.value, term.description] { fingerprint.add(text) }
            fingerprint.add(term.articles.count)
        }
        return fingerprint
    }
}
