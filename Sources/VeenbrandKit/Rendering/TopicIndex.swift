/// The topics index: every topic with its description, count and feed.
final class TopicIndex: Producer {
    let name = "the themes index"
    let kind = OutputKind.page
    static let shape = PageValues.root("the themes index", [.list("terms", .term)])
    let templates = [TemplateUse("topics", TopicIndex.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(addresses.topics, self, sitemap: SitemapListing(lastModified: nil))]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let addresses = context.addresses
        let terms = context.site.topics.map {
            context.termValue(
                $0, at: addresses.topic($0.slug), feed: addresses.topicFeed($0.slug), section: .themes)
        }
        let page = context.meta(context.strings["themes"], path: addresses.topics, section: .themes)
        return context.render("topics", context.page(Self.shape, page, ["terms": .list(terms)]))
    }
}
