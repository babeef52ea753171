extension SitePath {
    static let notFound = SitePath.file("404.html")
}

/// `404.html`, which static hosts show for an address the site does not have.
final class NotFoundPage: Producer {
    let name = "the 404 page"
    let kind = OutputKind.page
    let reservedNames = ["404.html"]
    static let shape = PageValues.root("the 404 page", [])
    let templates = [TemplateUse("404", NotFoundPage.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(.notFound, self)]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        var page = context.meta(
            context.strings["notFoundTitle"], path: .notFound, section: nil,
            description: context.strings["notFoundText"])
        page.noindex = true
        page.canonical = nil
        return context.render("404", context.page(Self.shape, page, [:]))
    }
}
