extension SitePath {
    static let feed = SitePath.file("feed.xml")
    static func themeFeed(_ slug: Slug) -> SitePath { .file("themas", slug.value, "feed.xml") }
}

/// The RSS feeds: the site's newest articles, and each theme's.
final class Feeds: Producer {
    let name = "a feed"
    let kind = OutputKind.feed
    let reservedNames = ["feed.xml"]

    /// Item 0 is the site's feed; item `n` is the feed of theme `n - 1`.
    func routes(_ site: SiteModel) -> [Route] {
        [Route(.feed, self)] + site.themes.enumerated().map { Route(.themeFeed($1.slug), self, item: $0 + 1) }
    }

    /// The articles a feed shows, each by its fingerprint.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let (_, _, _, articles) = feed(route, context)
        var fingerprint = context.fingerprint(route.path.url)
        let shown = articles.prefix(context.config.feedItems)
        fingerprint.add(shown.count)
        for index in shown { fingerprint.add(context.site.articles[index].fingerprint) }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let (title, description, page, articles) = feed(route, context)
        var items: [(entry: ArticleEntry, html: String)] = []
        for index in articles.prefix(context.config.feedItems) {
            let entry = context.site.articles[index]
            let body = try context.bodies.render(entry.body, page: entry.article.sitePath, feedHTML: true)
            items.append((entry, body.feedHTML ?? ""))
        }
        return .text(
            RSSFeed(
                title: title, description: description, language: context.config.language,
                link: context.absolute(page), selfURL: context.absolute(route.path), items: items,
                base: context.routes.base
            ).xml())
    }

    /// The feed's title, description, the page it belongs to, and its articles, newest first.
    private func feed(_ route: Route, _ context: RenderContext) -> (String, String, SitePath, [Int]) {
        let config = context.config
        guard route.item > 0 else {
            return (
                config.title, config.description, .root, Array(context.site.articles.indices.prefix(config.feedItems))
            )
        }
        let theme = context.site.themes[route.item - 1]
        return ("\(config.title): \(theme.name)", theme.description, .theme(theme.slug), theme.articles)
    }
}
