import Foundation

/// An article in a list: home, theme and keyword pages, related articles.
final class ArticleItem: @unchecked Sendable, TemplateParent {
    let title: String
    let url: String
    let date: String
    let isoDate: String
    let summary: String
    let themes: [TermLink]
    let hasThemes: Bool
    /// A draft shown because drafts were asked for (preview): templates show a "Concept" banner.
    let isDraft: Bool
    /// Dated after the build's "now", shown because future articles were asked for: "Gepland".
    let isScheduled: Bool
    private let cardMaker: CardMaker?
    private let lock = NSLock()
    private var renderedCard: String?

    init(
        title: String, url: String, date: String, isoDate: String, summary: String, themes: [TermLink],
        hasThemes: Bool, isDraft: Bool, isScheduled: Bool, cardMaker: CardMaker? = nil, card: String? = nil
    ) {
        self.title = title
        self.url = url
        self.date = date
        self.isoDate = isoDate
        self.summary = summary
        self.themes = themes
        self.hasThemes = hasThemes
        self.isDraft = isDraft
        self.isScheduled = isScheduled
        self.cardMaker = cardMaker
        renderedCard = card
    }

    /// The item rendered by the `card` template (`{{{card}}}`): once, when a list first shows
    /// it, and reused by every other list (a rebuild that renders few lists renders few cards).
    var card: String {
        lock.withLock {
            if let renderedCard { return renderedCard }
            let card = cardMaker?.render(self) ?? ""
            renderedCard = card
            return card
        }
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "url": .text(url)
        case "date": .text(date)
        case "isoDate": .text(isoDate)
        case "summary": .text(summary)
        case "themes": .objects(themes)
        case "hasThemes": .flag(hasThemes)
        case "isDraft": .flag(isDraft)
        case "isScheduled": .flag(isScheduled)
        case "card": .text(card)
        default: nil
        }
    }
}

/// Renders article items with the theme's `card` template.
final class CardMaker: Sendable {
    let templates: TemplateSet
    let basics: PageBasics

    init(templates: TemplateSet, basics: PageBasics) {
        self.templates = templates
        self.basics = basics
    }

    func render(_ item: ArticleItem) -> String {
        templates.render(TemplateSet.cardTemplate, CardContext(basics, item: item))
    }
}

/// What the `card` template sees: one article item's fields, `site`, `t` and `links`, but no
/// `page`: a card is rendered once per article and reused on every page that lists it (as
/// Hugo's `partialCached` does), which spares thousands of template lookups per list page.
final class CardContext: Sendable, TemplateParent {
    let basics: PageBasics
    let item: ArticleItem

    init(_ basics: PageBasics, item: ArticleItem) {
        self.basics = basics
        self.item = item
    }

    func child(named name: String) -> TemplateValue? { basics.child(named: name) ?? item.child(named: name) }
}
