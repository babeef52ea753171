/// The home page and its further pages: the newest articles, ten per page; the first also the
/// next three events, if any are to come.
final class HomePages: Producer {
    let name = "the home page"
    let kind = OutputKind.page
    static let shape = PageValues.root(
        "the home page",
        [
            .flag("isFirstPage"), .list("articles", ItemValues.article), .object("pagination", Pagination.shape),
            .list("events", ItemValues.event), .flag("hasEvents"),
        ])
    let templates = [TemplateUse("home", HomePages.shape)]
    /// How many coming events the first page shows.
    static let eventCount = 3

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        let newest = site.articles.first.flatMap { $0.updated ?? $0.due }
        return ListPages.routes(
            at: .root, addresses, items: site.articles.count, size: ListPages.homeSize, producer: self,
            newest: newest)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let number = route.listPage
        let count = context.site.articles.count
        let total = ListPages.count(count, size: ListPages.homeSize)
        let title =
            number == 1 ? context.config.title : context.listPageTitle(context.strings["news"], number, of: total)
        var page = context.meta(
            title, path: route.path, section: .articles,
            description: number == 1 ? nil : context.pageDescription(context.config.description, number, of: total))
        if number == 1 { page.structuredData = StructuredData.home(context) }
        let articles = context.site.articles.places(ListPages.positions(count, size: ListPages.homeSize, page: number))
            .map(context.articleItem)
        let events = number == 1 ? Self.events(context).map(context.eventItem) : []
        return context.render(
            "home",
            context.page(
                Self.shape, page,
                [
                    "isFirstPage": .flag(number == 1), "articles": .list(articles),
                    "pagination": ListPages.pagination(at: .root, page: number, total: total, context),
                    "events": .list(events), "hasEvents": .flag(!events.isEmpty),
                ]))
    }

    /// The positions in `site.events` of the events the first page shows.
    private static func events(_ context: RenderContext) -> Range<Int> {
        0..<min(eventCount, context.site.upcomingEvents)
    }
}
