import Testing

@testable import VeenbrandKit

/// A document's fields are listed once (`visitFields`), and everything that must cover all of
/// them goes through that list. These tests fail when a stored field is added to `Article` or
/// `Page` and left out of the list, or out of what the templates are told about it.
@Suite struct ArticleFieldsTests {
    /// Records the names a document visits.
    struct Names: FieldVisitor {
        var names: [String] = []
        mutating func visit(_ name: StaticString, _ value: inout String) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout String?) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout Bool) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout Int?) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout Slug) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout ArticleDate) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout ArticleDate?) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout [Topic]) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout [Keyword]) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout [Alias]) { names.append(name.description) }
        mutating func visit(_ name: StaticString, _ value: inout VeenbrandKit.SourceLocation) {
            names.append(name.description)
        }
    }

    static let article = Parsing.index(
        try! ArticleParser.parse(
            "---\ntitle: T\ndate: 2021-01-01\nupdated: 2021-02-02\nsummary: S\nthemes: [A]\nkeywords: [k]\nauthor: Au\n"
                + "image: /media/i.jpg\nimageAlt: I\naliases: [/oud/]\ndraft: true\n---\nTekst.\n",
            path: "content/nieuws/t.md",
            catalog: TopicCatalog(topics: [Topic(name: "A", slug: Slug("a")!, description: "", order: 0)])), stamp: nil)

    static let page = Parsing.index(
        try! PageParser.parse(
            "---\ntitle: P\nsummary: S\nmenu: 2\nmenuTitle: M\nupdated: 2021-02-02\nimage: /media/p.jpg\nimageAlt: P\n"
                + "aliases: [/oud-p/]\n---\nTekst.\n",
            path: "content/paginas/p.md"), stamp: nil)

    func visited(_ article: Article) -> [String] {
        var article = article
        var names = Names()
        article.visitFields(&names)
        return names.names
    }

    func visited(_ page: Page) -> [String] {
        var page = page
        var names = Names()
        page.visitFields(&names)
        return names.names
    }

    @Test func everyStoredFieldIsListed() {
        #expect(
            Set(visited(Self.article.article))
                == Set(Mirror(reflecting: Self.article.article).children.compactMap(\.label)))
        #expect(Set(visited(Self.page.page)) == Set(Mirror(reflecting: Self.page.page).children.compactMap(\.label)))
        #expect(visited(Self.article.article).count == Set(visited(Self.article.article)).count, "a field listed twice")
    }

    /// Every field says how it shows on its page, and the properties it names exist.
    @Test func everyFieldReachesTheTemplatesOrSaysWhyNot() {
        let articleView = Set(Mirror(reflecting: TemplateValuesTests.article).children.compactMap(\.label))
        for name in visited(Self.article.article) {
            let shown = ArticleView.fieldsShown[name]
            #expect(shown != nil, "Article.\(name) is not in ArticleView.fieldsShown")
            for property in shown ?? [] { #expect(articleView.contains(property), "ArticleView has no \(property)") }
        }
        let pageView = Set(Mirror(reflecting: TemplateValuesTests.document).children.compactMap(\.label))
        for name in visited(Self.page.page) {
            let shown = PageView.fieldsShown[name]
            #expect(shown != nil, "Page.\(name) is not in PageView.fieldsShown")
            for property in shown ?? [] { #expect(pageView.contains(property), "PageView has no \(property)") }
        }
    }

    /// Changing any field that can show changes the fingerprint: the fingerprint goes through
    /// the same list, so no field can be forgotten in it.
    @Test func everyShownFieldChangesTheFingerprint() throws {
        let base = Self.article
        let variants: [(String, (inout Article) -> Void)] = [
            ("title", { $0.title = "Ander" }), ("slug", { $0.slug = Slug("ander")! }),
            ("date", { $0.date = try! ArticleDate(parsing: "2022-01-01") }), ("updated", { $0.updated = nil }),
            ("summary", { $0.summary = nil }), ("themes", { $0.themes = [] }), ("keywords", { $0.keywords = [] }),
            ("draft", { $0.draft = false }), ("author", { $0.author = nil }), ("image", { $0.image = nil }),
            ("imageAlt", { $0.imageAlt = "Ander" }), ("aliases", { $0.aliases = [] }),
            ("path", { $0.path = "content/nieuws/ander.md" }),
        ]
        #expect(
            Set(variants.map(\.0)).union(["slugLocation", "imageLocation"]) == Set(visited(base.article)),
            "a field without a variant here")
        for (name, change) in variants {
            var article = base.article
            change(&article)
            let changed = ArticleEntry(article, summary: base.summary, body: base.body)
            #expect(changed.fingerprint != base.fingerprint, "changing \(name) leaves the fingerprint as it was")
        }
    }
}
