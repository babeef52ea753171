extension SitePath {
    static let feed = SitePath.file("feed.xml")
    static func topicFeed(_ slug: Slug) -> SitePath { .file("themas", slug.value, "feed.xml") }
    static func keywordFeed(_ slug: Slug) -> SitePath { .file("trefwoorden", slug.value, "feed.xml") }
}

/// The RSS feeds: the site's newest articles, each theme's and each keyword's.
final class Feeds: Producer {
    let name = "a feed"
    let kind = OutputKind.feed
    let reservedNames = ["feed.xml"]

    /// Item 0 is the site's feed; items 1… the themes' feeds, then the keywords'.
    func routes(_ site: SiteModel) -> [Route] {
        [Route(.feed, self)]
            + site.topics.enumerated().map { Route(.topicFeed($1.slug), self, item: $0 + 1) }
            + site.keywords.enumerated().map {
                Route(.keywordFeed($1.slug), self, item: $0 + 1 + site.topics.count)
            }
    }

    /// The articles a feed shows, each by its fingerprint and its picture's.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let feed = feed(route, context)
        var fingerprint = context.fingerprint(route.path.url)
        fingerprint.add(feed.title)
        fingerprint.add(feed.description)
        let shown = feed.articles.prefix(context.config.feedItems)
        fingerprint.add(shown.count)
        for index in shown {
            let article = context.site.articles[index]
            fingerprint.add(article.fingerprint)
            if let card = context.pictures.cardIndices[article.article.sitePath] {
                fingerprint.add(ShareCards.fingerprint(of: card, context))
            }
        }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let feed = feed(route, context)
        var items: [RSSFeed.Item] = []
        for index in feed.articles.prefix(context.config.feedItems) {
            let entry = context.site.articles[index]
            let render = { () throws(BuildError) -> String in
                try context.bodies.render(entry.body, page: entry.article.sitePath, feedHTML: true, pageHTML: false)
                    .feedHTML ?? ""
            }
            let html = try context.feedBodies.escapedHTML(of: index, uses: { uses(context) }, render: render)
            let keywords = entry.article.keywords.map { context.keywordNames[$0.slug] ?? $0.name }
            items.append(
                RSSFeed.Item(
                    entry: entry, escapedHTML: html, keywords: keywords,
                    picture: try picture(of: entry.article.sitePath, context)))
        }
        return .text(
            RSSFeed(
                title: feed.title, description: feed.description, language: context.config.language,
                link: context.absolute(feed.page), selfURL: context.absolute(route.path),
                stylesheet: context.href(.feedStylesheet), image: context.pictures.feedLogo, items: items,
                base: context.routes.base
            ).xml())
    }

    /// For every article, how many feeds show it.
    private func uses(_ context: RenderContext) -> [Int: Int] {
        var uses: [Int: Int] = [:]
        for route in routes(context.site) {
            for index in feed(route, context).articles.prefix(context.config.feedItems) { uses[index, default: 0] += 1 }
        }
        return uses
    }

    /// An article's picture with its size in bytes: its card (or, without cards, its image).
    private func picture(of page: SitePath, _ context: RenderContext) throws(BuildError) -> (SharedPicture, Int)? {
        guard let picture = context.pictures.picture(for: page) else { return nil }
        if let card = context.pictures.cardIndices[page], context.site.images.cards[card].path == picture.path {
            let kept = context.keptFiles.location(of: picture.path.outputFile)
            let length = try context.pictureLengths.length(of: card, kept: kept) { () throws(BuildError) in
                try ShareCards.make(card, context)
            }
            return (picture, length)
        }
        guard let image = context.site.images.byPath[picture.path],
            let size = FileStamp.of(context.sourcePath(image.source))?.size
        else { return nil }
        return (picture, size)
    }

    /// A feed's title, description, the page it belongs to, and its articles, newest first.
    private struct Feed {
        let title: String
        let description: String
        let page: SitePath
        let articles: [Int]
    }

    private func feed(_ route: Route, _ context: RenderContext) -> Feed {
        let config = context.config
        let site = context.site
        if route.item == 0 {
            return Feed(
                title: config.title, description: config.description, page: .root,
                articles: Array(site.articles.indices.prefix(config.feedItems)))
        }
        if route.item <= site.topics.count {
            let theme = site.topics[route.item - 1]
            return Feed(
                title: "\(config.title): \(theme.name)", description: theme.description, page: .topic(theme.slug),
                articles: theme.articles)
        }
        let keyword = site.keywords[route.item - 1 - site.topics.count]
        return Feed(
            title: "\(config.title): \(keyword.name)",
            description: "\(context.strings["keywordIntro"]) ‘\(keyword.name)’.", page: .keyword(keyword.slug),
            articles: keyword.articles)
    }
}
