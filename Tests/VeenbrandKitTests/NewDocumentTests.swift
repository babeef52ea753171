import Foundation
import Testing

@testable import VeenbrandKit

@Suite struct NewDocumentTests {
    let noon = try! ContentDate(parsing: "2026-11-24T12:00:00Z").epochSeconds

    @Test func writesADraftThatBuilds() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let path = try NewDocument.create(
            in: site.root, title: "Een nieuw begin: ‘samen’ & meer",
            values: ["themes": ["Doe je mee?"], "keywords": ["Ouders", "Cliëntenraad"]], now: noon,
            offsetSeconds: 3600)
        #expect(path == "content/nieuws/een-nieuw-begin-samen-meer.md")
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        let article = try DocumentParser.document(
            text, path: path,
            catalog: TopicCatalog.parse(
                String(contentsOf: site.root.appendingPathComponent("content/themes.yaml"), encoding: .utf8),
                path: "themes.yaml"))
        #expect(article.title == "Een nieuw begin: ‘samen’ & meer")
        #expect(article.due?.isoDay == "2026-11-24")
        #expect(article.draft)
        #expect(article.text(.summary) == nil)
        #expect(article.topics.map(\.name) == ["Doe je mee?"])
        #expect(article.keywords.map(\.name) == ["Ouders", "Cliëntenraad"])

        try site.build(drafts: true, now: noon)
        #expect(
            FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("nieuws/een-nieuw-begin-samen-meer/index.html").path))
    }

    @Test func takesAThemeBySlugAndWritesItsName() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let path = try NewDocument.create(
            in: site.root, title: "Per slug", values: ["themes": ["doe-je-mee"]], now: noon, offsetSeconds: 0)
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("themes: ['Doe je mee?']") || text.contains("themes: [Doe je mee?]"))
    }

    @Test func refusesToOverwrite() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let original = try Data(contentsOf: site.root.appendingPathComponent("content/nieuws/welkom.md"))
        #expect(throws: BuildFailure.self) {
            try NewDocument.create(in: site.root, title: "Welkom", now: noon, offsetSeconds: 0)
        }
        #expect(try Data(contentsOf: site.root.appendingPathComponent("content/nieuws/welkom.md")) == original)
    }

    @Test func refusesUnknownThemesWithASuggestion() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        do {
            _ = try NewDocument.create(
                in: site.root, title: "Nieuw", values: ["themes": ["Doe je mee"]], now: noon, offsetSeconds: 0)
            Issue.record("created")
        } catch {
            #expect(
                error.description == "content/themes.yaml:1:1: unknown theme 'Doe je mee'; did you mean 'Doe je mee?'?")
        }
        #expect(
            !FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/nieuws/nieuw.md").path))
    }

    /// An event and a page are made from their kinds' fields too, and build.
    @Test func makesAnEventAndAPageThatBuild() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let event = try NewDocument.create(
            in: site.root, kind: .event, title: "RV Late Nightshow",
            values: ["start": ["2026-12-10T20:30:00+01:00"], "online": ["https://example.org/live"]], now: noon,
            offsetSeconds: 3600)
        #expect(event == "content/agenda/rv-late-nightshow.md")
        let text = try String(contentsOf: site.root.appendingPathComponent(event), encoding: .utf8)
        #expect(text.contains("start: 2026-12-10T20:30:00+01:00") && text.contains("draft: true"))
        let page = try NewDocument.create(in: site.root, kind: .page, title: "Colofon", now: noon, offsetSeconds: 0)
        #expect(page == "content/paginas/colofon.md")
        try site.build(drafts: true, now: noon)
        for path in ["agenda/rv-late-nightshow/index.html", "colofon/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path), "\(path)")
        }
    }

    /// An event must say where it is: without a place or an address online, nothing is written.
    @Test func refusesAnEventWithoutAPlace() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        #expect(throws: BuildFailure.self) {
            try NewDocument.create(in: site.root, kind: .event, title: "Ergens", now: noon, offsetSeconds: 0)
        }
        #expect(
            !FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/agenda/ergens.md").path))
    }

    @Test func todayIsTheEditorsDay() throws {
        let lateEvening = try ContentDate(parsing: "2026-11-24T23:30:00Z").epochSeconds
        #expect(try ContentDate.day(atEpochSeconds: lateEvening, offsetSeconds: 3600).isoDay == "2026-11-25")
        #expect(try ContentDate.day(atEpochSeconds: lateEvening, offsetSeconds: -3600).isoDay == "2026-11-24")
        #expect(try ContentDate.day(atEpochSeconds: -1, offsetSeconds: 0).isoDay == "1969-12-31")
    }
}
