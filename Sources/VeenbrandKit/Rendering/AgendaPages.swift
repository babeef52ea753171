/// The agenda: every published event, those still to come soonest first, then those past, the
/// last first; twenty a page. Linked to the calendar of every event and the agenda's feed.
final class AgendaPages: Producer {
    let name = "the agenda"
    let kind = OutputKind.page
    /// Events per page.
    static let size = 20
    static let shape = PageValues.root(
        "the agenda",
        [
            .list("upcoming", ItemValues.event), .flag("hasUpcoming"), .list("past", ItemValues.event),
            .flag("hasPast"), .object("pagination", Pagination.shape), .text("calendar"), .text("webcal"),
            .text("feed"), .text("follow"),
        ])
    let templates = [TemplateUse("agenda", AgendaPages.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        guard !site.events.isEmpty else { return [] }
        let newest = site.events.compactMap(\.updated).max()
        return ListPages.routes(
            at: addresses.agenda, addresses, items: site.events.count, size: Self.size, producer: self,
            newest: newest)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let positions = positions(route, context)
        let upcoming = positions.filter { $0 < context.site.upcomingEvents }.map(context.eventItem)
        let past = positions.filter { $0 >= context.site.upcomingEvents }.map(context.eventItem)
        let total = ListPages.count(context.site.events.count, size: Self.size)
        let agenda = context.strings["agenda"]
        let title = context.listPageTitle(agenda, route.listPage, of: total)
        let description = context.strings["agendaIntro"]
        let page = context.meta(
            title, path: route.path, section: .agenda,
            description: route.listPage == 1
                ? description : context.pageDescription(description, route.listPage, of: total),
            extraFeeds: [
                .feedLink(title: "\(context.config.title): \(agenda)", url: context.href(context.addresses.agendaFeed))
            ])
        let calendar = context.absolute(context.addresses.agendaCalendar)
        return context.render(
            "agenda",
            context.page(
                Self.shape, page,
                [
                    "upcoming": .list(upcoming), "hasUpcoming": .flag(!upcoming.isEmpty), "past": .list(past),
                    "hasPast": .flag(!past.isEmpty),
                    "pagination": ListPages.pagination(
                        at: context.addresses.agenda, page: route.listPage, total: total, context),
                    "calendar": .text(context.href(context.addresses.agendaCalendar)),
                    "webcal": .text("webcal" + calendar.drop { $0 != ":" }),
                    "feed": .text(context.href(context.addresses.agendaFeed)),
                    "follow": .text(
                        context.href(context.addresses.follow) + "#" + context.addresses.agendaFollowAnchor),
                ]))
    }

    private func positions(_ route: Route, _ context: RenderContext) -> Range<Int> {
        ListPages.positions(context.site.events.count, size: Self.size, page: route.listPage)
    }
}
