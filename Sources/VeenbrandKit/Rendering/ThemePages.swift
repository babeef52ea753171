extension SitePath {
    static func theme(_ slug: Slug) -> SitePath { .folder("themas", slug.value) }
}

/// Each theme's page: its description, its feed, and its articles, twenty per page.
final class ThemePages: Producer {
    let name = "a theme page"
    let kind = OutputKind.page
    let templates = ["theme"]

    func routes(_ site: SiteModel) -> [Route] {
        TermLists.routes(site.themes, at: SitePath.theme, site: site, producer: self)
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let theme = context.site.themes[route.item]
        return TermLists.fingerprint(theme, at: .theme(theme.slug), feed: .themeFeed(theme.slug), route: route, context)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let theme = context.site.themes[route.item]
        return TermLists.page(
            theme, at: .theme(theme.slug), feed: .themeFeed(theme.slug), route: route,
            template: "theme", section: "themas", context)
    }
}
