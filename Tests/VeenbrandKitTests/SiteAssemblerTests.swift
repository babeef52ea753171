import Testing
@testable import VeenbrandKit

@Suite struct SiteAssemblerTests {
    static let themes = [
        Theme(name: "A", slug: Slug("a")!, description: "", order: 0),
        Theme(name: "B", slug: Slug("b")!, description: "", order: 1),
    ]
    let catalog = ThemeCatalog(themes: themes)
    let config = try! SiteConfig.parse("title: S\nbaseURL: https://example.org/\n", path: "s.yaml")
    let strings = Strings(labels: [:], monthNames: Array(repeating: "m", count: 12))

    func rendered(_ slug: String, _ date: String, themes: [String] = [], keywords: [String] = []) throws -> ArticleEntry {
        let text = "---\ntitle: \(slug)\ndate: \(date)\nslug: \(slug)\nthemes: [\(themes.joined(separator: ", "))]\nkeywords: [\(keywords.joined(separator: ", "))]\n---\n"
        let article = try ArticleParser.parse(text, path: "content/nieuws/\(slug).md", catalog: catalog)
        return ArticleEntry(article)
    }

    func assemble(_ articles: [ArticleEntry]) -> SiteModel {
        SiteAssembler.assemble(articles, config: config, strings: strings, catalog: catalog,
                               publication: Publication(now: TestSite.now))
    }

    @Test func articlesAreNewestFirstWithSlugTieBreak() throws {
        let model = assemble([try rendered("b", "2021-01-01"), try rendered("c", "2022-01-01"), try rendered("a", "2021-01-01")])
        #expect(model.articles.map(\.article.slug.value) == ["c", "a", "b"])
    }

    @Test func themePagesFollowTheCatalogAndIncludeEmptyThemes() throws {
        let model = assemble([try rendered("x", "2021-01-01", themes: ["B"]), try rendered("y", "2021-02-01", themes: ["B"])])
        #expect(model.themes.map(\.name) == ["A", "B"])
        #expect(model.themes[0].articles.isEmpty)
        #expect(model.themes[1].articles.map { model.articles[$0].article.slug.value } == ["y", "x"])
    }

    @Test func keywordSpellingsShareOnePageNamedByTheCommonestSpelling() throws {
        let model = assemble([
            try rendered("x", "2021-01-01", keywords: ["clientenraad"]),
            try rendered("y", "2021-02-01", keywords: ["Cliëntenraad"]),
            try rendered("z", "2021-03-01", keywords: ["Cliëntenraad", "Ouders"]),
        ])
        #expect(model.keywords.map(\.name) == ["Cliëntenraad", "Ouders"])
        #expect(model.keywords[0].articles.count == 3)
    }

    @Test func relatedArticlesShareMostTermsThenAreNewest() throws {
        let model = assemble([
            try rendered("doel", "2021-01-01", themes: ["A"], keywords: ["k1", "k2"]),
            try rendered("twee-gedeeld", "2020-01-01", themes: ["A"], keywords: ["k1"]),
            try rendered("een-nieuw", "2021-06-01", keywords: ["k2"]),
            try rendered("een-oud", "2019-06-01", themes: ["A"]),
            try rendered("niets", "2021-07-01", themes: ["B"]),
        ])
        let index = model.articles.firstIndex { $0.article.slug.value == "doel" }!
        #expect(model.related[index].map { model.articles[$0].article.slug.value } == ["twee-gedeeld", "een-nieuw", "een-oud"])
    }

    @Test func relatedIsCappedAtFive() throws {
        let articles = try (1...9).map { try rendered("a\($0)", "2021-01-0\($0)", themes: ["A"]) }
        #expect(assemble(articles).related.lists.allSatisfy { $0.count == 5 })
    }

    @Test func duplicateSlugsNameBothFiles() throws {
        let one = try ArticleParser.parse("---\ntitle: 1\ndate: 2021-01-01\n---\n", path: "content/nieuws/Zelfde.md", catalog: nil)
        let two = try ArticleParser.parse("---\ntitle: 2\ndate: 2021-01-01\nslug: zelfde\n---\n", path: "content/nieuws/ander.md", catalog: nil)
        #expect(SiteAssembler.crossArticleErrors([one, two]).map(\.description) == [
            "content/nieuws/ander.md:4:7: slug 'zelfde' is already used by content/nieuws/Zelfde.md: each article needs its own slug",
        ])
    }
}
