extension SiteAddresses {
    /// The search page: `/zoeken/`.
    var search: SitePath { folder(.search) }
}

/// `/zoeken/`: a search form over every article, run in the browser on the index Pagefind
/// writes into the site after the build; without JavaScript it leads to the archive and themes.
final class SearchPage: Producer {
    let name = "the search page"
    let kind = OutputKind.page
    /// The folder the search index is written into (by Pagefind, after the build), in the site.
    static let indexFolder = "pagefind"
    let reservedNames = [SearchPage.indexFolder]
    static let shape = PageValues.root("the search page", [])
    let templates = [TemplateUse("search", SearchPage.shape)]

    /// Not in the sitemap: without a query the page is an empty form, nothing to find it by.
    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(addresses.search, self)]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let page = context.meta(context.strings["search"], path: context.addresses.search, section: .search)
        return context.render("search", context.page(Self.shape, page, [:]))
    }
}
