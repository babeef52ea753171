import Foundation

/// The keywords index: the most used keywords first, then all of them from A to Z under letter
/// headings, with a row of the letters to jump by.
final class KeywordIndex: Producer {
    let name = "the keywords index"
    let kind = OutputKind.page
    /// How many keywords the "most used" list shows (only when there are more than these).
    static let popularCount = 10
    /// The keywords of one first letter, and the letter's anchor on the page (`letter-a`).
    static let letterGroup = TemplateShape(
        "a letter's keywords", [.text("letter"), .text("id"), .list("terms", .term)])
    static let shape = PageValues.root(
        "the keywords index",
        [.list("popular", .term), .flag("hasPopular"), .list("groups", letterGroup), .text("count")])
    let templates = [TemplateUse("keywords", KeywordIndex.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(addresses.keywords, self, sitemap: SitemapListing(lastModified: nil))]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let terms = context.site.keywords
        let value = { (term: Term) in
            context.termValue(term, at: context.addresses.keyword(term.slug), feed: nil, section: .keywords)
        }
        let popular =
            terms.count > Self.popularCount
            ? Array(
                terms.sorted { ($1.articles.count, $0.name) < ($0.articles.count, $1.name) }.prefix(Self.popularCount))
            : []
        let groups = Self.groups(Array(terms)).map { letter, terms in
            Self.letterGroup.record([
                "letter": .text(letter), "id": .text("letter-" + (letter == "#" ? "0" : letter.lowercased())),
                "terms": .list(terms.map(value)),
            ])
        }
        let page = context.meta(context.strings["keywords"], path: context.addresses.keywords, section: .keywords)
        return context.render(
            "keywords",
            context.page(
                Self.shape, page,
                [
                    "popular": .list(popular.map(value)), "hasPopular": .flag(!popular.isEmpty),
                    "groups": .list(groups), "count": .number(terms.count),
                ]))
    }

    /// `terms` under their first letter (`É` under E; digits and signs under `#`, first), each
    /// group and the terms in it in alphabetical order.
    static func groups(_ terms: [Term]) -> [(letter: String, terms: [Term])] {
        var byLetter: [String: [Term]] = [:]
        for term in terms { byLetter[letter(of: term.name), default: []].append(term) }
        return byLetter.keys.sorted().map { letter in
            (letter, (byLetter[letter] ?? []).sorted { (folded($0.name), $0.name) < (folded($1.name), $1.name) })
        }
    }

    static func letter(of name: String) -> String {
        guard let first = folded(name).first, first.isASCII, first.isLetter else { return "#" }
        return String(first).uppercased()
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
