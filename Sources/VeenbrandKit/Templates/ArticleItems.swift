import Foundation

/// Each published article as lists show it (`ArticleItem`), made when a page first needs it
/// and kept for the others: a full build makes them all, a rebuild only those of the pages it
/// renders again.
final class ArticleItems: @unchecked Sendable {
    private let site: SiteModel
    private let base: SiteBase
    private let monthNames: [String]
    private let cards: CardMaker
    private let topicLinks: [Slug: TermLink]
    private let lock = NSLock()
    private var made: [ArticleItem?]

    init(site: SiteModel, base: SiteBase, monthNames: [String], cards: CardMaker) {
        self.site = site
        self.base = base
        self.monthNames = monthNames
        self.cards = cards
        topicLinks = Dictionary(
            site.topics.map { ($0.slug, TermLink(name: $0.name, url: base.href(.topic($0.slug)))) },
            uniquingKeysWith: { first, _ in first })
        made = Array(repeating: nil, count: site.articles.count)
    }

    /// The item of `site.articles[index]`.
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
        let entry = site.articles[index]
        let article = entry.article
        let themes = article.themes.map {
            topicLinks[$0.slug] ?? TermLink(name: $0.name, url: base.href(.topic($0.slug)))
        }
        return ArticleItem(
            title: article.title, url: base.href(article.sitePath),
            date: article.date.longDate(monthNames: monthNames), isoDate: article.date.description,
            summary: entry.summary, themes: themes, hasThemes: !article.themes.isEmpty,
            isDraft: article.draft, isScheduled: site.publication.isScheduled(article), cardMaker: cards)
    }
}
