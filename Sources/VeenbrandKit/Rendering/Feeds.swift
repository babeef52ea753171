extension SitePath {
    /// The name of every feed's file: the site's, a topic's, a keyword's, the agenda's.
    static let feedFileName = "feed.xml"
    /// The site's feed: `/feed.xml`.
    static let feed = SitePath.file(feedFileName)
}

/// The RSS feeds: the site's newest articles, each topic's and each keyword's.
final class Feeds: Producer {
    let name = "a feed"
    let kind = OutputKind.feed
    let reservedNames = [SitePath.feedFileName]

    /// Item 0 is the site's feed; items 1… the topics' feeds, then the keywords'.
    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(.feed, self)]
            + site.topics.enumerated().map { Route(addresses.topicFeed($1.slug), self, item: $0 + 1) }
            + site.keywords.enumerated().map {
                Route(addresses.keywordFeed($1.slug), self, item: $0 + 1 + site.topics.count)
            }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        try contents(route, context, made: .none)
    }

    func contents(_ route: Route, _ context: RenderContext, made: MadeFiles) throws(BuildError) -> OutputContents {
        let feed = feed(route, context)
        var items: [RSSFeed.Item] = []
        for index in feed.articles.prefix(context.config.feedItems) {
            let article = context.site.articles.owned(at: index)
            let page = context.addresses.document(article)
            let render = { () throws(BuildError) -> String in
                try context.bodies.render(article.body, page: page, feedHTML: true, pageHTML: false).feedHTML ?? ""
            }
            let html = try context.feedBodies.escapedHTML(of: index, uses: { uses(context) }, render: render)
            items.append(
                RSSFeed.Item(
                    document: article, link: context.absolute(page), escapedHTML: html,
                    keywords: article.keywords.map { context.keywordName($0) },
                    picture: Self.picture(of: page, context, made: made)))
        }
        return .text(
            RSSFeed(
                title: feed.title, description: feed.description, language: context.config.language,
                link: context.absolute(feed.page), selfURL: context.absolute(route.path),
                image: context.feedLogo, items: items
            ).xml())
    }

    /// For every article, how many feeds show it.
    private func uses(_ context: RenderContext) -> [Int: Int] {
        context.unnoted { site in
            var uses: [Int: Int] = [:]
            for route in routes(site, context.addresses, listing: []) {
                for index in feed(route, context).articles.prefix(context.config.feedItems) {
                    uses[index, default: 0] += 1
                }
            }
            return uses
        }
    }

    /// A page's shared picture with its size in bytes: its card, made before the feeds (or,
    /// without cards, its image file).
    static func picture(of page: SitePath, _ context: RenderContext, made: MadeFiles) -> (SharedPicture, Int)? {
        guard let picture = context.picture(for: page) else { return nil }
        if let size = made.size(of: picture.path.outputFile) { return (picture, size) }
        guard let image = context.site.images.image(at: picture.path),
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
                articles: site.articles.places(0..<config.feedItems))
        }
        // The route was made for its topic or keyword, whose place in its list does not matter.
        if route.item <= site.topics.unnotedCount {
            let topic = site.topics.owned(at: route.item - 1)
            return Feed(
                title: "\(config.title): \(topic.name)", description: topic.description,
                page: context.addresses.topic(topic.slug), articles: topic.articles)
        }
        let keyword = site.keywords.owned(at: route.item - 1 - site.topics.unnotedCount)
        return Feed(
            title: "\(config.title): \(keyword.name)",
            description: "\(context.strings["keywordIntro"]) ‘\(keyword.name)’.",
            page: context.addresses.keyword(keyword.slug),
            articles: keyword.articles)
    }
}
