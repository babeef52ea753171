import Testing

@testable import VeenbrandKit

/// Every stored field of every view answers to its name, as reflection would.
@Suite struct TemplateValuesTests {
    static let menu = [MenuLink(title: "Over ons", url: "/over/", isCurrent: true)]
    static let site = SiteView(
        title: "S", shortTitle: "s", tagline: "t", description: "D", language: "nl", baseURL: "https://e.org/",
        contactEmail: "a@b", contactPhone: "1", contactPhoneHref: "tel:1", newsletter: "https://n",
        feedURL: "/feed.xml", otherPages: menu, about: menu[0], themeColor: "#5a1f07")
    static let page = PageMeta(
        title: "T", documentTitle: "T | S", description: "D", canonical: "https://e.org/", ogType: "website",
        image: picture, article: facts, structuredData: "{}", feeds: [FeedLink(title: "F", url: "/feed.xml")],
        section: "nieuws", path: .root, menu: menu, noindex: false)
    static let picture = PictureView(
        SharedPicture(
            url: "https://e.org/a.png", width: 1200, height: 630, type: "image/png", alt: "A", path: .root))
    static let facts = ArticleMeta(published: "2021-01-01", modified: "2021-01-02", section: "N", tags: ["k"])
    static let image = ImageView(
        src: "/m.jpg", alt: "m", width: 800, height: 600, srcset: "/m.480w.jpg 480w", webpSrcset: "/m.480w.webp 480w",
        sizes: "100vw")
    static let labels = UIStrings(labels: ["news": "Nieuws"], monthNames: [])
    static let links = LinksView(
        root: "/", home: "/", themes: "/themas/", keywords: "/trefwoorden/", archive: "/archief/",
        search: "/zoeken/", feed: "/feed.xml", assets: "/assets/", favicon: "/favicon-32.png",
        touchIcon: "/apple-touch-icon.png")
    static let basics = PageBasics(site: site, t: labels, links: links)
    static let link = TermLink(name: "N", url: "/themas/n/")
    static let item = ArticleItem(
        title: "A", url: "/nieuws/a/", date: "1 januari 2021", isoDate: "2021-01-01", summary: "S",
        themes: [link], hasThemes: true, isDraft: false, isScheduled: false, card: "<article>")
    static let term = TermView(
        name: "N", url: "/themas/n/", description: "D", count: 1, isSingle: true, feedURL: "/themas/n/feed.xml")
    static let pagination = Pagination(current: 2, total: 9) { "/p/\($0)/" }
    static let year = ArchiveYearLink(year: ArchiveYear(year: 2021, articles: [0, 1]), url: "/archief/2021/")
    static let month = ArchiveMonth(number: 10, name: "oktober", articles: [item])
    static let article = ArticleView(
        title: "A", url: "/nieuws/a/", date: "d", isoDate: "i", updatedDate: "u", updatedISODate: "ui",
        author: "au", image: image, summary: "s", html: "<p>x</p>", themes: [link], keywords: [link],
        related: [item], isDraft: false, isScheduled: false)
    static let document = PageView(
        title: "P", url: "/over/", summary: "s", html: "<p>y</p>", updatedDate: "u",
        updatedISODate: "ui", image: image, isDraft: true)

    var values: [any TemplateParent] {
        [
            Self.site, Self.page, FeedLink(title: "F", url: "/f"), Self.links, Self.menu[0], Self.basics, Self.link,
            Self.item,
            Self.term, Self.pagination, Self.article, Self.document, Self.picture, Self.facts, Self.image,
            HomeContext(
                Self.basics, page: Self.page, isFirstPage: true, articles: [Self.item], pagination: Self.pagination),
            ArticleContext(Self.basics, page: Self.page, article: Self.article),
            StandaloneContext(Self.basics, page: Self.page, document: Self.document),
            TermIndexContext(Self.basics, page: Self.page, terms: [Self.term]),
            TermContext(
                Self.basics, page: Self.page, term: Self.term, articles: [Self.item], pagination: Self.pagination),
            PageContext(Self.basics, page: Self.page),
            Self.pagination.pages[1], PageNumber.gap, Self.year, Self.month,
            ArchiveContext(Self.basics, page: Self.page, years: [Self.year]),
            ArchiveYearContext(
                Self.basics, page: Self.page, year: 2021, count: 2, months: [Self.month], newer: nil, older: Self.year),
            KeywordIndexContext(Self.basics, page: Self.page, terms: [Self.term]),
            LetterGroup(letter: "N", terms: [Self.term]),
            FeedStyleContext(
                Self.basics, page: Self.page, months: [MonthWord(abbreviation: "Jan", name: "januari")]),
            MonthWord(abbreviation: "Jan", name: "januari"),
        ]
    }

    @Test func labelsAndCardsAnswerLikeTheirParts() {
        #expect(Self.labels.child(named: "news").map(Self.describe) == "Nieuws")
        #expect(Self.labels.child(named: "missing") == nil)
        let card = CardContext(Self.basics, item: Self.item)
        #expect(card.child(named: "site").map(Self.describe) == Self.describe(Self.site))
        #expect(card.child(named: "t").map(Self.describe) == Self.describe(Self.labels))
        #expect(card.child(named: "links").map(Self.describe) == Self.describe(Self.links))
        #expect(card.child(named: "title").map(Self.describe) == "A")
        #expect(card.child(named: "page") == nil)
        #expect(Self.item.child(named: "card").map(Self.describe) == "<article>")
    }

    @Test func everyFieldAnswersToItsName() {
        for value in values {
            var mirror: Mirror? = Mirror(reflecting: value)
            while let current = mirror {
                for child in current.children {
                    guard let label = child.label, !Self.machinery.contains(label) else { continue }
                    let expected =
                        Mirror(reflecting: child.value).displayStyle == .optional
                        ? Mirror(reflecting: child.value).children.first.map { Self.describe($0.value) }
                        : Self.describe(child.value)
                    #expect(
                        value.child(named: label).map(Self.describe) == expected,
                        "\(type(of: value)).\(label) is not answered with its value")
                }
                mirror = current.superclassMirror
            }
            #expect(value.child(named: "nonexistent") == nil)
        }
    }

    /// Stored fields that are not values for templates: an item's card, made when first asked
    /// for; the basics every context passes on as `site`, `t` and `links`.
    static let machinery: Set<String> = ["cardMaker", "lock", "renderedCard", "basics", "labels", "monthNames"]

    /// A value as a template sees it: text as itself, objects by identity, lists item by item.
    static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .flag(let flag): String(flag)
        case .object(let object): describe(object as Any)
        case .list(let items): "[" + items.map { describe($0) }.joined(separator: ", ") + "]"
        case .nothing: "nothing"
        }
    }

    /// A stored field as templates should see it.
    static func describe(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .class: return "object \(ObjectIdentifier(value as AnyObject))"
        case .collection: return "[" + mirror.children.map { describe($0.value) }.joined(separator: ", ") + "]"
        default: return String(describing: value)
        }
    }
}
