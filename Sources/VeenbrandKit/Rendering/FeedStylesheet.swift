extension SitePath {
    static let feedStylesheet = SitePath.file("feed.xsl")
}

/// The XSL stylesheet every feed names (`<?xml-stylesheet?>`): a browser that opens a feed
/// shows it as a page in the site's style that says what a feed is, how to follow it, and
/// its latest items. Feed readers ignore it and read the feed.
final class FeedStylesheet: Producer {
    let name = "the feeds' stylesheet"
    let kind = OutputKind.other
    let reservedNames = ["feed.xsl"]
    /// The months as RSS dates write them with the site's names for them
    /// (`{{#months}}{{abbreviation}} → {{name}}{{/months}}`).
    static let month = TemplateShape("a month's names", [.text("abbreviation"), .text("name")])
    static let shape = PageValues.root("the feeds' stylesheet", [.list("months", month)])
    let templates = [TemplateUse("feed-style", FeedStylesheet.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(.feedStylesheet, self)]
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint { context.fingerprint("feed.xsl") }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let months = zip(Self.abbreviations, context.strings.monthNames).map {
            Self.month.record(["abbreviation": .text($0), "name": .text($1)])
        }
        return context.render(
            "feed-style",
            context.page(Self.shape, context.meta("", path: .feed, section: nil), ["months": .list(months)]))
    }

    /// How RSS dates name the months (`Thu, 20 Oct 2022 …`).
    static let abbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
