extension SitePath {
    static let topics = SitePath.folder("themas")
}

/// The themes index: every theme with its description, count and feed.
final class TopicIndex: Producer {
    let name = "the themes index"
    let kind = OutputKind.page
    let templates = ["topics"]
    let reservedNames = ["themas"]

    func routes(_ site: SiteModel) -> [Route] {
        [Route(.topics, self, sitemap: SitemapListing(lastModified: nil))]
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        TermLists.indexFingerprint(context.site.topics, at: .topics, context)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let terms = context.site.topics.map { context.termView($0, at: .topic($0.slug), feed: .topicFeed($0.slug)) }
        let page = context.meta(context.strings["themes"], path: .topics, section: "themas")
        return context.render("topics", TermIndexContext(context.basics, page: page, terms: terms))
    }
}
