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

    /// The articles a feed shows, each by its fingerprint (with its keywords' names) and its
    /// picture's: its card, or the image file it shares.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let feed = feed(route, context)
        var fingerprint = context.fingerprint(route.path.url)
        fingerprint.add(feed.title)
        fingerprint.add(feed.description)
        let shown = feed.articles.prefix(context.config.feedItems)
        fingerprint.add(shown.count)
        for index in shown { fingerprint.add(context.itemFingerprints[index]) }
        Self.addPictures(
            of: shown.map { context.addresses.document(context.site.articles[$0]) }, to: &fingerprint, context)
        return fingerprint
    }

    /// Adds what the shared pictures of `pages` in a feed depend on: each one's card, or else
    /// the image file it shares (each file once: most share the site's picture).
    static func addPictures(of pages: [SitePath], to fingerprint: inout Fingerprint, _ context: RenderContext) {
        var files: Set<String> = []
        for page in pages {
            if let card = context.pictures.cardIndices[page] {
                fingerprint.add(ShareCards.fingerprint(of: card, context))
            } else if let picture = context.pictures.picture(for: page),
                let image = context.site.images.byPath[picture.path]
            {
                fingerprint.add(image.source)
                files.insert(image.source)
            }
        }
        for file in files.sorted() { fingerprint.add(context.sourceFingerprint(file)) }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        try contents(route, context, made: .none)
    }

    func contents(_ route: Route, _ context: RenderContext, made: MadeFiles) throws(BuildError) -> OutputContents {
        let feed = feed(route, context)
        var items: [RSSFeed.Item] = []
        for index in feed.articles.prefix(context.config.feedItems) {
            let article = context.site.articles[index]
            let page = context.addresses.document(article)
            let render = { () throws(BuildError) -> String in
                try context.bodies.render(article.body, page: page, feedHTML: true, pageHTML: false).feedHTML ?? ""
            }
            let html = try context.feedBodies.escapedHTML(of: index, uses: { uses(context) }, render: render)
            items.append(
                RSSFeed.Item(
                    document: article, link: context.absolute(page), escapedHTML: html,
                    keywords: article.keywords.map { context.keywordNames[$0.slug] ?? $0.name },
                    picture: Self.picture(of: page, context, made: made)))
        }
        return .text(
            RSSFeed(
                title: feed.title, description: feed.description, language: context.config.language,
                link: context.absolute(feed.page), selfURL: context.absolute(route.path),
                image: context.pictures.feedLogo, items: items
            ).xml())
    }

    /// For every article, how many feeds show it.
    private func uses(_ context: RenderContext) -> [Int: Int] {
        var uses: [Int: Int] = [:]
        for route in routes(context.site, context.addresses, listing: []) {
            for index in feed(route, context).articles.prefix(context.config.feedItems) { uses[index, default: 0] += 1 }
        }
        return uses
    }

    /// A page's shared picture with its size in bytes: its card, made before the feeds (or,
    /// without cards, its image file).
    static func picture(of page: SitePath, _ context: RenderContext, made: MadeFiles) -> (SharedPicture, Int)? {
        guard let picture = context.pictures.picture(for: page) else { return nil }
        if let size = made.sizes[picture.path.outputFile] { return (picture, size) }
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
            let topic = site.topics[route.item - 1]
            return Feed(
                title: "\(config.title): \(topic.name)", description: topic.description,
                page: context.addresses.topic(topic.slug), articles: topic.articles)
        }
        let keyword = site.keywords[route.item - 1 - site.topics.count]
        return Feed(
            title: "\(config.title): \(keyword.name)",
            description: "\(context.strings["keywordIntro"]) ‘\(keyword.name)’.",
            page: context.addresses.keyword(keyword.slug),
            articles: keyword.articles)
    }
}
