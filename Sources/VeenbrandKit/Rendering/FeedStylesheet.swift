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
    let templates = ["feed-style"]

    func routes(_ site: SiteModel) -> [Route] { [Route(.feedStylesheet, self)] }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint { context.fingerprint("feed.xsl") }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let months = zip(Self.abbreviations, context.strings.monthNames).map { MonthWord(abbreviation: $0, name: $1) }
        return context.render(
            "feed-style",
            FeedStyleContext(context.basics, page: context.meta("", path: .feed, section: nil), months: months))
    }

    /// How RSS dates name the months (`Thu, 20 Oct 2022 …`).
    static let abbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

/// The feeds' stylesheet's template values: the page's, and the months as RSS dates write
/// them with the site's names for them (`{{#months}}{{abbreviation}} → {{name}}{{/months}}`).
final class FeedStyleContext: PageContext, @unchecked Sendable {
    let months: [MonthWord]

    init(_ basics: PageBasics, page: PageMeta, months: [MonthWord]) {
        self.months = months
        super.init(basics, page: page)
    }

    override func child(named name: String) -> TemplateValue? {
        name == "months" ? .objects(months) : super.child(named: name)
    }
}

final class MonthWord: Sendable, TemplateParent {
    let abbreviation: String
    let name: String

    init(abbreviation: String, name: String) {
        self.abbreviation = abbreviation
        self.name = name
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "abbreviation": .text(abbreviation)
        case "name": .text(self.name)
        default: nil
        }
    }
}
