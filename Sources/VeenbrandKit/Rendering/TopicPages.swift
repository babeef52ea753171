extension SitePath {
    static func topic(_ slug: Slug) -> SitePath { .folder("themas", slug.value) }
}

/// Each theme's page: its description, its feed, and its articles, twenty per page.
final class TopicPages: Producer {
    let name = "a theme page"
    let kind = OutputKind.page
    let templates = ["topic"]

    func routes(_ site: SiteModel) -> [Route] {
        TermLists.routes(site.topics, at: SitePath.topic, site: site, producer: self)
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let theme = context.site.topics[route.item]
        return TermLists.fingerprint(theme, at: .topic(theme.slug), feed: .topicFeed(theme.slug), route: route, context)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let theme = context.site.topics[route.item]
        return TermLists.page(
            theme, at: .topic(theme.slug), feed: .topicFeed(theme.slug), route: route,
            template: "topic", section: "themas", context)
    }
}
