import Foundation
import Testing

@testable import VeenbrandKit

@Suite struct NewArticleTests {
    let noon = try! ArticleDate(parsing: "2026-11-24T12:00:00Z").epochSeconds

    @Test func writesADraftThatBuilds() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let path = try NewArticle.create(
            in: site.root, title: "Een nieuw begin: ‘samen’ & meer", themes: ["Doe je mee?"],
            keywords: ["Ouders", "Cliëntenraad"], now: noon, offsetSeconds: 3600)
        #expect(path == "content/nieuws/een-nieuw-begin-samen-meer.md")
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        let article = try ArticleParser.parse(
            text, path: path,
            catalog: TopicCatalog.parse(
                String(contentsOf: site.root.appendingPathComponent("content/themes.yaml"), encoding: .utf8),
                path: "themes.yaml")
        ).fields
        #expect(article.title == "Een nieuw begin: ‘samen’ & meer")
        #expect(article.date.isoDay == "2026-11-24")
        #expect(article.draft)
        #expect(article.summary == nil)
        #expect(article.themes.map(\.name) == ["Doe je mee?"])
        #expect(article.keywords.map(\.name) == ["Ouders", "Cliëntenraad"])

        try site.build(drafts: true, now: noon)
        #expect(
            FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("nieuws/een-nieuw-begin-samen-meer/index.html").path))
    }

    @Test func takesAThemeBySlugAndWritesItsName() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let path = try NewArticle.create(
            in: site.root, title: "Per slug", themes: ["doe-je-mee"], keywords: [], now: noon, offsetSeconds: 0)
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("themes: ['Doe je mee?']") || text.contains("themes: [Doe je mee?]"))
    }

    @Test func refusesToOverwrite() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let original = try Data(contentsOf: site.root.appendingPathComponent("content/nieuws/welkom.md"))
        #expect(throws: BuildFailure.self) {
            try NewArticle.create(in: site.root, title: "Welkom", themes: [], keywords: [], now: noon, offsetSeconds: 0)
        }
        #expect(try Data(contentsOf: site.root.appendingPathComponent("content/nieuws/welkom.md")) == original)
    }

    @Test func refusesUnknownThemesWithASuggestion() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        do {
            _ = try NewArticle.create(
                in: site.root, title: "Nieuw", themes: ["Doe je mee"], keywords: [], now: noon, offsetSeconds: 0)
            Issue.record("created")
        } catch {
            #expect(
                error.description == "content/themes.yaml:1:1: unknown theme 'Doe je mee'; did you mean 'Doe je mee?'?")
        }
        #expect(
            !FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/nieuws/nieuw.md").path))
    }

    @Test func todayIsTheEditorsDay() throws {
        let lateEvening = try ArticleDate(parsing: "2026-11-24T23:30:00Z").epochSeconds
        #expect(try ArticleDate.day(atEpochSeconds: lateEvening, offsetSeconds: 3600).isoDay == "2026-11-25")
        #expect(try ArticleDate.day(atEpochSeconds: lateEvening, offsetSeconds: -3600).isoDay == "2026-11-24")
        #expect(try ArticleDate.day(atEpochSeconds: -1, offsetSeconds: 0).isoDay == "1969-12-31")
    }
}
