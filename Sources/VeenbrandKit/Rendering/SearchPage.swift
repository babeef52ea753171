extension SitePath {
    static let search = SitePath.folder("zoeken")
}

/// `/zoeken/`: a search form over every article, run in the browser on the index Pagefind
/// writes into the site after the build; without JavaScript it leads to the archive and themes.
final class SearchPage: Producer {
    let name = "the search page"
    let kind = OutputKind.page
    let templates = ["search"]
    let reservedNames = ["zoeken", SearchIndexer.folder]

    func routes(_ site: SiteModel) -> [Route] { [Route(.search, self, sitemap: SitemapListing(lastModified: nil))] }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint { context.fingerprint("search") }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let page = context.meta(context.strings["search"], path: .search, section: "zoeken")
        return context.render("search", PageContext(context.basics, page: page))
    }
}
