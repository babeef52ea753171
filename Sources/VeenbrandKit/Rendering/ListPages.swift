/// The pages of a paginated list (the home page, topic, keyword and agenda pages): `size`
/// items each, at least one page even when empty, linked by `Pagination`.
enum ListPages {
    /// Articles per home page.
    static let homeSize = 10
    /// Articles per topic or keyword page, so that no page grows without bound.
    static let termSize = 20

    static func count(_ items: Int, size: Int) -> Int { max(1, (items + size - 1) / size) }

    /// The positions in the list that page `page` shows.
    static func positions(_ items: Int, size: Int, page: Int) -> Range<Int> {
        min(items, (page - 1) * size)..<min(items, page * size)
    }

    /// The routes of a list of `items` at `list`: the folder, then `pagina/2/`, …; the sitemap
    /// lists each, the first with the date of the newest item.
    static func routes(
        at list: SitePath, _ addresses: SiteAddresses, items: Int, size: Int, producer: any Producer, item: Int = 0,
        newest: ContentDate?
    ) -> [Route] {
        (1...count(items, size: size)).map { page in
            Route(
                addresses.listPage(page, of: list), producer, item: item, listPage: page,
                sitemap: SitemapListing(lastModified: page == 1 ? newest : nil))
        }
    }

    static func pagination(at list: SitePath, page: Int, total: Int, _ context: RenderContext) -> TemplateValue {
        Pagination.value(current: page, total: total) { context.href(context.addresses.listPage($0, of: list)) }
    }

    /// The date of the newest of `articles` (by last change), for the sitemap.
    static func newest(_ articles: some Sequence<Int>, in site: SiteModel) -> ContentDate? {
        articles.lazy.compactMap { site.articles[$0].updated ?? site.articles[$0].due }.max()
    }
}
