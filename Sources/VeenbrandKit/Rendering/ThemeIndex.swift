extension SitePath {
    static let themes = SitePath.folder("themas")
}

/// The themes index: every theme with its description, count and feed.
final class ThemeIndex: Producer {
    let name = "the themes index"
    let kind = OutputKind.page
    let templates = ["themes"]
    let reservedNames = ["themas"]

    func routes(_ site: SiteModel) -> [Route] {
        [Route(.themes, self, sitemap: SitemapListing(lastModified: nil))]
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        TermLists.indexFingerprint(context.site.themes, at: .themes, context)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let terms = context.site.themes.map { context.termView($0, at: .theme($0.slug), feed: .themeFeed($0.slug)) }
        let page = context.meta(context.strings["themes"], path: .themes, section: "themas")
        return context.render("themes", TermIndexContext(context.basics, page: page, terms: terms))
    }
}
