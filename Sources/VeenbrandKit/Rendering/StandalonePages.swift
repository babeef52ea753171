/// Each published standalone page (`content/paginas/`), through the `page` template.
final class StandalonePages: Producer {
    let name = "a standalone page"
    let kind = OutputKind.page
    /// The page as its template shows it: its fields, `url` and `html` (`{{{document.html}}}`).
    static let document = DocumentValues.shape(.standalonePages, "the standalone page", [.text("url"), .text("html")])
    static let shape = PageValues.root("a standalone page", [.object("document", document)])
    let templates = [TemplateUse("page", StandalonePages.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.documents[.standalonePages].enumerated().map { index, page in
            Route(
                addresses.document(page), self, item: index, sitemap: SitemapListing(lastModified: page.updated),
                claim: Claim(page))
        }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let page = context.site.documents(.standalonePages).owned(by: route)
        let path = context.addresses.document(page)
        let body = try context.bodies.render(page.body, page: path)
        let url = context.href(path)
        let view = DocumentValues.record(page, Self.document, context, ["url": .text(url), "html": .text(body.html)])
        let meta = context.meta(page.title, path: path, section: nil, description: page.summary, current: url)
        return context.render("page", context.page(Self.shape, meta, ["document": view]))
    }
}
