extension SiteAddresses {
    /// The topics index: `/themas/`.
    var topics: SitePath { folder(.themes) }
    func topic(_ slug: Slug) -> SitePath { .folder(words[.themes], slug.value) }
    func topicFeed(_ slug: Slug) -> SitePath { .file(words[.themes], slug.value, SitePath.feedFileName) }
}

/// Each topic's page: its description, its feed, its articles, twenty per page, and its events.
final class TopicPages: Producer {
    let name = "a theme page"
    let kind = OutputKind.page
    let templates = [TemplateUse("topic", TermLists.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        TermLists.routes(site.topics, at: addresses.topic, site: site, addresses, producer: self)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let topic = context.site.topics.owned(by: route)
        return TermLists.page(
            topic, at: context.addresses.topic(topic.slug), feed: context.addresses.topicFeed(topic.slug),
            route: route, template: "topic", section: .themes, context)
    }

    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? {
        TermLists.absence(at: path, under: addresses.topics, terms: site.topics, what: "the theme") {
            "there is no theme with slug '\($0)' in content/themes.yaml"
        }
    }
}
