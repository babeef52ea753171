extension SitePath {
    /// A standalone page: `/over-de-beweging/`.
    static func page(_ slug: Slug) -> SitePath { .folder(slug.value) }
}

/// Each published standalone page (`content/paginas/`), through the `page` template.
final class StandalonePages: Producer {
    let name = "a standalone page"
    let kind = OutputKind.page
    let templates = ["page"]

    func routes(_ site: SiteModel) -> [Route] {
        site.documents[Pages.self].enumerated().map { index, entry in
            let page = entry.page
            return Route(
                page.sitePath, self, item: index, sitemap: SitemapListing(lastModified: page.updated),
                claim: page.claim)
        }
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        var fingerprint = context.fingerprint("page")
        fingerprint.add(context.site.documents[Pages.self][route.item].fingerprint)
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let entry = context.site.documents[Pages.self][route.item]
        let page = entry.page
        let body = try context.bodies.render(entry.body, page: page.sitePath)
        let view = PageView(
            title: page.title, url: context.href(page.sitePath), summary: entry.summary, html: body.html,
            updatedDate: page.updated.map(context.longDate), updatedISODate: page.updated?.description,
            image: context.imageView(of: page.sitePath, alt: page.imageAlt), isDraft: page.draft)
        let url = context.href(page.sitePath)
        let menu =
            context.menu.contains(where: { $0.url == url })
            ? context.menu.map { MenuLink(title: $0.title, url: $0.url, isCurrent: $0.url == url) } : nil
        let meta = context.meta(page.title, path: page.sitePath, section: nil, description: entry.summary, menu: menu)
        return context.render("page", StandaloneContext(context.basics, page: meta, document: view))
    }
}
