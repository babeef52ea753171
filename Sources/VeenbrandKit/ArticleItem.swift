import Foundation

/// An article in a list: home, theme and keyword pages, related articles.
final class ArticleItem: @unchecked Sendable {
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

    init(title: String, url: String, date: String, isoDate: String, summary: String, themes: [TermLink],
         hasThemes: Bool, isDraft: Bool, isScheduled: Bool, cardMaker: CardMaker? = nil, card: String? = nil) {
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
}

/// Renders article items with the theme's `card` template.
final class CardMaker: Sendable {
    let templates: TemplateSet
    let site: SiteView
    let t: Labels

    init(templates: TemplateSet, site: SiteView, t: Labels) {
        self.templates = templates
        self.site = site
        self.t = t
    }

    func render(_ item: ArticleItem) -> String {
        templates.render(TemplateSet.cardTemplate, CardContext(site: site, t: t, item: item))
    }
}

/// What the `card` template sees: one article item's fields, `site` and `t`, but no `page`:
/// a card is rendered once per article and reused on every page that lists it (as Hugo's
/// `partialCached` does), which spares thousands of template lookups per list page.
final class CardContext: Sendable {
    let site: SiteView
    let t: Labels
    let item: ArticleItem

    init(site: SiteView, t: Labels, item: ArticleItem) {
        self.site = site
        self.t = t
        self.item = item
    }
}
