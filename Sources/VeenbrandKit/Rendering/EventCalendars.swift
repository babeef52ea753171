extension SiteAddresses {
    /// An event's calendar file: `/agenda/<slug>/<slug>.ics`.
    func calendar(of event: Document) -> SitePath {
        .file(document(event).url.split(separator: "/").map(String.init) + ["\(event.slug.value).ics"])
    }

    /// The calendar of every event, to subscribe to: `/agenda/agenda.ics`.
    var agendaCalendar: SitePath { .file(words[.agenda], "\(words[.agenda]).ics") }
}

/// Calendar files (iCalendar): one per event, for "Zet in je agenda", and one of every event,
/// to subscribe to.
final class EventCalendars: Producer {
    let name = "a calendar file"
    let kind = OutputKind.other

    /// Item `n` is event `n`'s file; the last item the calendar of them all.
    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        guard !site.events.isEmpty else { return [] }
        return site.events.enumerated().map { Route(addresses.calendar(of: $1), self, item: $0) }
            + [Route(addresses.agendaCalendar, self, item: site.events.count)]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let events = events(route, context)
        let config = context.config
        let name =
            route.item < context.site.events.count ? events[0].title : "\(config.title): \(context.strings["agenda"])"
        return .text(
            ICalendar(
                name: name, producer: "-//Veenbrand//\(config.title)//\(config.language.uppercased())",
                events: events.compactMap { Self.event($0, context) }
            ).text)
    }

    private func events(_ route: Route, _ context: RenderContext) -> [Document] {
        route.item < context.site.events.count ? [context.site.events[route.item]] : Array(context.site.events)
    }

    private static func event(_ event: Document, _ context: RenderContext) -> ICalendar.Event? {
        guard let times = EventTimes(event) else { return nil }
        return ICalendar.Event(
            uid: "\(event.slug.value)@\(context.config.share.style.domain)", times: times,
            updated: event.updated, title: event.title, description: event.summary,
            location: event.text(.location), online: event.text(.online),
            url: context.absolute(context.addresses.document(event)))
    }
}
