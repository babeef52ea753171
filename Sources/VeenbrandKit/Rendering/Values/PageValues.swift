/// What every template sees, on every page and card alike: `site`, `t` (the UI strings) and
/// `links` (the site's own addresses); and what every page says about itself: `page`.
enum PageValues {
    static let site = TemplateShape(
        "the site",
        [
            .text("title"), .text("shortTitle"), .text("tagline"), .text("description"), .text("language"),
            .text("baseURL"), .text("origin"), .text("contactEmail"), .text("contactPhone"), .text("contactPhoneHref"),
            .text("newsletter"), .text("feedURL"), .list("otherPages", .menuLink), .flag("hasOtherPages"),
            .object("about", .menuLink), .text("themeColor"), .flag("hasAgenda"),
        ])

    /// The site's own addresses, under its base path: `{{links.themes}}`.
    static let links = TemplateShape(
        "the site's links",
        [
            .text("root"), .text("home"), .text("themes"), .text("keywords"), .text("archive"), .text("search"),
            .text("agenda"), .text("feed"), .text("follow"), .text("assets"), .text("favicon"), .text("touchIcon"),
        ])

    /// `site`, `t` and `links`: the first values of every page's and card's.
    static let basics = TemplateShape(
        "what every page has", [.object("site", site), .labels("t"), .object("links", links)])

    /// The sections a page can be in, each with a flag `in…` (the menu marks the section) and
    /// `is…` (the section's own page).
    static let sections = AddressWord.allCases.filter { $0 != .page }

    static let page = TemplateShape(
        "the page",
        [
            .text("title"), .text("documentTitle"), .text("description"), .text("canonical"), .text("ogType"),
            .object("image", .picture), .object("article", .articleFacts), .text("structuredData"),
            .list("feeds", .feedLink), .list("menu", .menuLink), .flag("noindex"), .flag("isHome"),
        ] + sections.flatMap { [.flag(inSection($0)), .flag(isSection($0))] })

    /// What a page template of the site sees: the basics, `page`, and what its kind adds.
    static func root(_ name: String, _ members: [TemplateShape.Member]) -> TemplateShape {
        TemplateShape(name, including: [basics], [.object("page", page)] + members)
    }

    static func inSection(_ word: AddressWord) -> String { "in" + capitalized(word) }
    static func isSection(_ word: AddressWord) -> String { "is" + capitalized(word) }

    private static func capitalized(_ word: AddressWord) -> String {
        word.rawValue.prefix(1).uppercased() + word.rawValue.dropFirst()
    }
}

/// What a page says about itself, for `head`, the menu and OpenGraph.
struct PageMeta: Sendable {
    /// The page's own title (`<h1>`).
    var title: String
    /// `<title>`: the page title and the site's title.
    var documentTitle: String
    var description: String
    /// Absolute URL of this page; none for a page that has no address of its own (the 404 page,
    /// shown at any address the site does not have).
    var canonical: String?
    /// `website` or `article`, for OpenGraph.
    var ogType = "website"
    var image: SharedPicture?
    /// For an article: its dates, section and tags (`article:*`).
    var article: TemplateValue = .nothing
    /// JSON-LD for search engines (schema.org), to go in a `<script>` as it is.
    var structuredData: String?
    var feeds: [TemplateValue] = []
    /// The section the page is in, if any, and whether it is that section's own page.
    var section: AddressWord?
    var isSectionPage = false
    var isHome = false
    var menu: [TemplateValue] = []
    /// Whether search engines should skip the page (the 404 page).
    var noindex = false

    var value: TemplateValue {
        var pairs: [(String, TemplateValue?)] = [
            ("title", .text(title)), ("documentTitle", .text(documentTitle)), ("description", .text(description)),
            ("canonical", .optional(canonical)), ("ogType", .text(ogType)), ("image", image.map(TemplateValue.picture)),
            ("article", article), ("structuredData", structuredData.map(TemplateValue.text)),
            ("feeds", .list(feeds)), ("menu", .list(menu)), ("noindex", .flag(noindex)), ("isHome", .flag(isHome)),
        ]
        for word in PageValues.sections {
            pairs.append((PageValues.inSection(word), .flag(section == word)))
            pairs.append((PageValues.isSection(word), .flag(section == word && isSectionPage)))
        }
        return .object(TemplateRecord(PageValues.page, pairs: pairs))
    }
}
