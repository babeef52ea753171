import Foundation

/// Each published article as lists show it (`ArticleItem`), made when a page first needs it
/// and kept for the others: a full build makes them all, a rebuild only those of the pages it
/// renders again.
final class ArticleItems: @unchecked Sendable {
    private let model: SiteModel
    private let cards: CardMaker
    private let themeLinks: [Slug: TermLink]
    private let lock = NSLock()
    private var made: [ArticleItem?]

    init(model: SiteModel, cards: CardMaker) {
        self.model = model
        self.cards = cards
        themeLinks = Dictionary(model.themes.map { ($0.slug, TermLink(name: $0.name, url: $0.sitePath.url)) },
                                uniquingKeysWith: { first, _ in first })
        made = Array(repeating: nil, count: model.articles.count)
    }

    /// The item of `model.articles[index]`.
    subscript(index: Int) -> ArticleItem {
        if let item = lock.withLock({ made[index] }) { return item }
        let item = make(index)
        return lock.withLock {
            if let first = made[index] { return first }  // another page made it meanwhile
            made[index] = item
            return item
        }
    }

    private func make(_ index: Int) -> ArticleItem {
        let entry = model.articles[index]
        let article = entry.article
        return ArticleItem(title: article.title, url: article.sitePath.url,
                           date: article.date.longDate(monthNames: model.strings.monthNames),
                           isoDate: article.date.description, summary: entry.summary,
                           themes: article.themes.map { themeLinks[$0.slug] ?? TermLink(name: $0.name, url: SitePath.theme($0.slug).url) },
                           hasThemes: !article.themes.isEmpty, isDraft: article.draft,
                           isScheduled: model.publication.isScheduled(article), cardMaker: cards)
    }
}
