import Testing

@testable import VeenbrandKit

@Suite struct SiteAssemblerTests {
    static let themes = [
        Topic(name: "A", slug: Slug("a")!, description: "", order: 0),
        Topic(name: "B", slug: Slug("b")!, description: "", order: 1),
    ]
    let catalog = TopicCatalog(topics: themes)

    func entry(_ slug: String, _ date: String, themes: [String] = [], keywords: [String] = []) throws -> Document {
        let text =
            "---\ntitle: \(slug)\ndate: \(date)\nslug: \(slug)\nthemes: "
            + "[\(themes.joined(separator: ", "))]\nkeywords: [\(keywords.joined(separator: ", "))]\n---\n"
        return try DocumentParser.document(text, path: "content/nieuws/\(slug).md", catalog: catalog)
    }

    func assemble(_ articles: [Document]) -> SiteModel {
        var parsed = ParsedSite(
            config: nil, catalog: catalog, strings: nil, templates: nil, documents: Documents(), problems: [])
        parsed.documents[.articles] = articles
        return Assembling.assemble(
            parsed, kinds: Kinds.documents, files: [], publication: Publication(now: TestSite.now))
    }

    @Test func articlesAreNewestFirstWithSlugTieBreak() throws {
        let model = assemble([try entry("b", "2021-01-01"), try entry("c", "2022-01-01"), try entry("a", "2021-01-01")])
        #expect(model.articles.map(\.slug.value) == ["c", "a", "b"])
    }

    @Test func themePagesFollowTheCatalogAndIncludeEmptyThemes() throws {
        let model = assemble([try entry("x", "2021-01-01", themes: ["B"]), try entry("y", "2021-02-01", themes: ["B"])])
        #expect(model.topics.map(\.name) == ["A", "B"])
        #expect(model.topics[0].articles.isEmpty)
        #expect(model.topics[1].articles.map { model.articles[$0].slug.value } == ["y", "x"])
    }

    @Test func keywordSpellingsShareOnePageNamedByTheCommonestSpelling() throws {
        let model = assemble([
            try entry("x", "2021-01-01", keywords: ["clientenraad"]),
            try entry("y", "2021-02-01", keywords: ["Cliëntenraad"]),
            try entry("z", "2021-03-01", keywords: ["Cliëntenraad", "Ouders"]),
        ])
        #expect(model.keywords.map(\.name) == ["Cliëntenraad", "Ouders"])
        #expect(model.keywords[0].articles.count == 3)
    }

    @Test func relatedArticlesShareMostTermsThenAreNewest() throws {
        let model = assemble([
            try entry("doel", "2021-01-01", themes: ["A"], keywords: ["k1", "k2"]),
            try entry("twee-gedeeld", "2020-01-01", themes: ["A"], keywords: ["k1"]),
            try entry("een-nieuw", "2021-06-01", keywords: ["k2"]),
            try entry("een-oud", "2019-06-01", themes: ["A"]),
            try entry("niets", "2021-07-01", themes: ["B"]),
        ])
        let index = model.articles.firstIndex { $0.slug.value == "doel" }!
        #expect(
            model.related[index].map { model.articles[$0].slug.value } == [
                "twee-gedeeld", "een-nieuw", "een-oud",
            ])
    }

    @Test func relatedIsCappedAtFive() throws {
        let articles = try (1...9).map { try entry("a\($0)", "2021-01-0\($0)", themes: ["A"]) }
        #expect(assemble(articles).related.lists.allSatisfy { $0.count == 5 })
    }

    @Test func duplicateSlugsNameBothFiles() throws {
        let one = try DocumentParser.parse(
            "---\ntitle: 1\ndate: 2021-01-01\n---\n", path: "content/nieuws/Zelfde.md", kind: .articles, catalog: nil)
        let two = try DocumentParser.parse(
            "---\ntitle: 2\ndate: 2021-01-01\nslug: zelfde\n---\n", path: "content/nieuws/ander.md", kind: .articles,
            catalog: nil)
        let site = assemble([Parsing.index(one, stamp: nil), Parsing.index(two, stamp: nil)])
        #expect(
            RouteTable(
                site, addresses: SiteAddresses(), base: SiteBase(url: "https://example.org/"),
                sources: Kinds.producers
            ).problems.map(\.description) == [
                "content/nieuws/ander.md:4:7: slug 'zelfde' is already used by content/nieuws/Zelfde.md: "
                    + "each article needs its own slug"
            ])
    }
}
