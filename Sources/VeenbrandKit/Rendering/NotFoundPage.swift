extension SitePath {
    static let notFound = SitePath.file("404.html")
}

/// `404.html`, which static hosts show for an address the site does not have.
final class NotFoundPage: Producer {
    let name = "the 404 page"
    let kind = OutputKind.page
    let templates = ["404"]
    let reservedNames = ["404.html"]

    func routes(_ site: SiteModel) -> [Route] { [Route(.notFound, self)] }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint { context.fingerprint("404") }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let page = context.meta(
            context.strings["notFoundTitle"], path: .notFound, section: nil,
            description: context.strings["notFoundText"], noindex: true)
        return context.render("404", PageContext(context.basics, page: page))
    }
}
