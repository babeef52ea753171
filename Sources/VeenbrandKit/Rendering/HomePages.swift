extension SitePath {
    /// Page `n` (1-based) of the home page list: `/`, `/pagina/2/`, …
    static func homePage(_ number: Int) -> SitePath { root.page(number) }
}

/// The home page and its further pages: the newest articles, ten per page.
final class HomePages: Producer {
    let name = "the home page"
    let kind = OutputKind.page
    let templates = ["home"]
    let reservedNames = ["pagina"]

    func routes(_ site: SiteModel) -> [Route] {
        let newest = site.articles.first.map { $0.article.updated ?? $0.article.date }
        return ListPages.routes(
            at: .root, items: site.articles.count, size: ListPages.homeSize, producer: self,
            newest: newest)
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let count = context.site.articles.count
        return ListPages.fingerprint(
            context.fingerprint("home"), page: route.page,
            total: ListPages.count(count, size: ListPages.homeSize),
            indices: ListPages.positions(count, size: ListPages.homeSize, page: route.page),
            context)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let number = route.page
        let count = context.site.articles.count
        let total = ListPages.count(count, size: ListPages.homeSize)
        let title =
            number == 1 ? context.config.title : "\(context.strings["news"]) – \(context.strings["page"]) \(number)"
        let page = context.meta(
            title, path: route.path, section: "nieuws",
            description: number == 1 ? nil : context.pageDescription(context.config.description, number, of: total),
            structuredData: number == 1 ? StructuredData.home(context) : nil)
        let articles = ListPages.positions(count, size: ListPages.homeSize, page: number).map { context.items[$0] }
        return context.render(
            "home",
            HomeContext(
                context.basics, page: page, isFirstPage: number == 1, articles: articles,
                pagination: ListPages.pagination(at: .root, page: number, total: total, context)))
    }
}
