extension SiteAddresses {
    /// The agenda: `/agenda/`.
    var agenda: SitePath { folder(.agenda) }
}

/// Each published event's own page: when and where in Dutch ("donderdag 7 oktober 2021,
/// 20.30–21.15 uur"), the link to join online or to sign up, a link to add it to one's
/// calendar, and its text.
final class EventPages: Producer {
    let name = "an event page"
    let kind = OutputKind.page
    /// The event as its page shows it: its fields, `url`, `html`, `when`, `isUpcoming` (still
    /// to come or going on at the build's "now"), `calendar` (its calendar file) and `hasTerms`.
    static let event = DocumentValues.shape(
        .agenda, "the event",
        [.text("url"), .text("html"), .text("when"), .flag("isUpcoming"), .text("calendar"), .flag("hasTerms")])
    static let shape = PageValues.root("an event page", [.object("event", event)])
    let templates = [TemplateUse("event", EventPages.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.events.enumerated().map { index, event in
            Route(
                addresses.document(event), self, item: index, sitemap: SitemapListing(lastModified: event.updated),
                claim: Claim(event))
        }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let event = context.site.events[route.item]
        let path = context.addresses.document(event)
        let body = try context.bodies.render(event.body, page: path)
        let view = DocumentValues.record(
            event, Self.event, context,
            [
                "url": .text(context.href(path)), "html": .text(body.html), "when": .text(Self.when(event, context)),
                "isUpcoming": .flag(route.item < context.site.upcomingEvents),
                "calendar": .text(context.href(context.addresses.calendar(of: event))),
                "hasTerms": .flag(!event.topics.isEmpty || !event.keywords.isEmpty),
            ])
        var page = context.meta(event.title, path: path, section: .agenda, description: event.summary)
        page.structuredData = StructuredData.event(event, context)
        return context.render("event", context.page(Self.shape, page, ["event": view]))
    }

    /// The event at `index` of `site.events` as lists show it.
    static func item(index: Int, _ context: RenderContext) -> TemplateValue {
        let event = context.site.events[index]
        return DocumentValues.record(
            event, ItemValues.event, context,
            [
                "url": .text(context.href(context.addresses.document(event))),
                "when": .text(when(event, context)), "isUpcoming": .flag(index < context.site.upcomingEvents),
                "calendar": .text(context.href(context.addresses.calendar(of: event))),
            ])
    }

    /// When it is, as a Dutch reader reads it: "donderdag 7 oktober 2021, 20.30–21.15 uur", or
    /// "donderdag 7 oktober 2021" for a day; over several days, from the first to the last.
    static func when(_ event: Document, _ context: RenderContext) -> String {
        guard let times = EventTimes(event) else { return "" }
        let start = EventTimes.local(times.start)
        let end = times.end.map(EventTimes.local)
        let clock = context.strings["oclock"].isEmpty ? "" : " " + context.strings["oclock"]
        if let last = times.lastDay {
            return day(start, context) + (start.hasTime ? ", \(time(start))\(clock)" : "") + " – "
                + day(last, context) + (last.hasTime ? ", \(time(last))\(clock)" : "")
        }
        guard start.hasTime else { return day(start, context) }
        let until = end.flatMap { $0.hasTime && ($0.hour, $0.minute) != (start.hour, start.minute) ? $0 : nil }
        return day(start, context) + ", " + time(start) + (until.map { "–" + time($0) } ?? "") + clock
    }

    private static func day(_ local: EventTimes.Local, _ context: RenderContext) -> String {
        "\(context.strings.weekdayNames[local.weekday]) \(local.day) \(context.strings.monthNames[local.month - 1]) "
            + "\(local.year)"
    }

    /// `20.30`, as Dutch writes a time.
    private static func time(_ local: EventTimes.Local) -> String {
        "\(local.hour < 10 ? "0" : "")\(local.hour).\(local.minute < 10 ? "0" : "")\(local.minute)"
    }

    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? {
        guard let page = SitePath(checking: path), page.isFolder, page.parent == addresses.agenda else { return nil }
        return "there is no event with slug '\(page.lastSegment)'"
    }
}
