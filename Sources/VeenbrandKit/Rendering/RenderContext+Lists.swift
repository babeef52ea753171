import Foundation

/// What list pages (the home page's further pages, topic and keyword pages, the agenda) and
/// the indexes of topics and keywords say of themselves.
extension RenderContext {
    /// A list page's title: `name` on the first page, else `name` and which page of how many it
    /// is ("Nieuws – Pagina 2 van 98").
    func listPageTitle(_ name: String, _ number: Int, of total: Int) -> String {
        number == 1 ? name : "\(name) – \(strings["page"]) \(number) \(strings["of"]) \(total)"
    }

    /// A later list page's description: `description` and which page of how many it is.
    func pageDescription(_ description: String, _ number: Int, of total: Int) -> String {
        let text = description.trimmingCharacters(in: .whitespacesAndNewlines)
        let stop = text.last.map { ".!?".contains($0) } ?? true ? "" : "."
        return "\(text)\(stop) \(strings["page"]) \(number) \(strings["of"]) \(total)."
    }

    /// A topic or keyword (`section`) with its count, for index pages and term pages; with its
    /// feed, also where the follow page offers that feed.
    func termValue(_ term: Term, at path: SitePath, feed: SitePath?, section: AddressWord) -> TemplateValue {
        TemplateShape.term.record([
            "name": .text(term.name), "url": .text(href(path)), "description": .text(term.description),
            "count": .number(term.articles.count), "isSingle": .flag(term.articles.count == 1),
            "feedURL": feed.map { .text(href($0)) },
            "followURL": feed.map { _ in .text(FollowPage.link(section, term.slug, self)) },
        ])
    }
}
