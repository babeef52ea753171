extension SiteAddresses {
    /// The agenda's feed: `/agenda/feed.xml`.
    var agendaFeed: SitePath { .file(words[.agenda], SitePath.feedFileName) }
}

/// The agenda's RSS feed: the events still to come, soonest first, then the last past ones;
/// each with when and where above its text.
final class AgendaFeed: Producer {
    let name = "the agenda's feed"
    let kind = OutputKind.feed

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.events.isEmpty ? [] : [Route(addresses.agendaFeed, self)]
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        try contents(route, context, made: .none)
    }

    func contents(_ route: Route, _ context: RenderContext, made: MadeFiles) throws(BuildError) -> OutputContents {
        var items: [RSSFeed.Item] = []
        for index in context.site.events.indices.prefix(context.config.feedItems) {
            let event = context.site.events[index]
            let page = context.addresses.document(event)
            let body = try context.bodies.render(event.body, page: page, feedHTML: true, pageHTML: false)
            items.append(
                RSSFeed.Item(
                    document: event, link: context.absolute(page),
                    escapedHTML: Escaping.xml(Self.whenAndWhere(event, context) + (body.feedHTML ?? "")),
                    keywords: event.keywords.map { context.keywordName($0) },
                    picture: Feeds.picture(of: page, context, made: made)))
        }
        let title = "\(context.config.title): \(context.strings["agenda"])"
        return .text(
            RSSFeed(
                title: title, description: context.strings["agendaIntro"], language: context.config.language,
                link: context.absolute(context.addresses.agenda), selfURL: context.absolute(route.path),
                image: context.feedLogo, items: items
            ).xml())
    }

    /// When and where, as a paragraph above the event's text.
    private static func whenAndWhere(_ event: Document, _ context: RenderContext) -> String {
        var parts = [Escaping.html(EventPages.when(event, context))]
        if let location = event.text(.location) { parts.append(Escaping.html(location)) }
        if let online = event.text(.online) {
            parts.append("<a href=\"\(Escaping.html(online))\">\(Escaping.html(context.strings["online"]))</a>")
        }
        return "<p>" + parts.joined(separator: "<br>") + "</p>\n"
    }
}
