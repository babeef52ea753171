import Foundation
import Testing

@testable import VeenbrandKit

/// `check` on Tests/Fixtures/check/broken finds each kind of problem, at the right place, and
/// prints it the same way in all three formats (`expected.txt`, `expected.github`, `expected.json`).
/// Re-record with `VEENBRAND_RECORD=1 swift test`.
@Suite struct SiteCheckerTests {
    static let folder = TestSite.fixtures.appendingPathComponent("check/broken")

    func report() throws -> CheckReport {
        let site = try TestSite(fixture: "check/broken")
        defer { site.cleanUp() }
        return SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now))
    }

    @Test(arguments: [
        (CheckReport.Format.text, "expected.txt"), (.github, "expected.github"), (.json, "expected.json"),
    ])
    func formatsMatchTheirExpectedFiles(format: CheckReport.Format, file: String) throws {
        let output = try report().formatted(format) + "\n"
        let expectedFile = Self.folder.appendingPathComponent(file)
        if GoldenSiteTests.record {
            try Data(output.utf8).write(to: expectedFile)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(output == expected, "\(TextDiff.describe(expected: Data(expected.utf8), actual: Data(output.utf8)))")
    }

    @Test func findsEachKindOfProblemAtItsPosition() throws {
        let found = try report().diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity.rawValue)" }
        let article = "content/nieuws/eerste.md"
        let advice = "content/nieuws/advies.md"
        #expect(
            found == [
                "\(advice):8:18: warning",  // link text 'hier'
                "\(advice):8:45: warning",  // link text 'lees meer'
                "\(advice):9:9: warning",  // a web address as link text (an e-mail address is fine)
                "\(advice):12:1: warning",  // image without alt text
                "\(advice):15:6: warning",  // Excel file without type and size (the PDF has both)
                "\(advice):17:1: warning",  // paragraph over site.yaml's 30 words
                "\(advice):17:1: warning",  // sentence over 25 words
                "\(article):14:7: error",  // /nieuws/twede/: unknown slug, suggestion
                "\(article):14:34: error",  // /nieuws/concept/: a draft
                "\(article):14:63: error",  // /themas/onbekend/
                "\(article):15:1: error",  // #inleding
                "\(article):15:21: error",  // /nieuws/tweede/#begin
                "\(article):15:59: error",  // foto.jpg next to the page
                "\(article):16:1: error",  // /media/weg.jpg
                "\(article):16:31: error",  // /contact/
                "content/nieuws/tweede.md:2:1: error",  // no summary
                "content/nieuws/tweede.md:2:1: warning",  // no theme
            ])
    }

    @Test func strictFailsOnWarnings() {
        let warningOnly = CheckReport(
            diagnostics: [Diagnostic(.warning, SourceLocation(path: "a.md"), "w")], articles: 1)
        #expect(!warningOnly.fails(strict: false))
        #expect(warningOnly.fails(strict: true))
    }

    @Test func githubFormatEscapesWorkflowCommandCharacters() {
        let report = CheckReport(
            diagnostics: [Diagnostic(.error, SourceLocation(path: "a,b:c.md", line: 2, column: 3), "50% fout\nnieuw")],
            articles: 1)
        #expect(report.formatted(.github).hasPrefix("::error file=a%2Cb%3Ac.md,line=2,col=3::50%25 fout\\u{A}nieuw\n"))
    }

    /// Every address of the route table is a valid link target, pages of a list included; a
    /// page past the last one is not, and says so.
    @Test func paginatedAddressesAreChecked() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        for number in 1...25 {
            try site.write(
                "content/nieuws/veel-\(number).md",
                "---\ntitle: Veel \(number)\ndate: 2020-02-01\nthemes: [Doe je mee?]\nsummary: S.\n---\n\nTekst.\n")
        }
        try site.write(
            "content/nieuws/links.md",
            """
            ---
            title: Links
            date: 2020-03-01
            themes: [Doe je mee?]
            ---

            [twee](/themas/doe-je-mee/pagina/2/) [drie](/themas/doe-je-mee/pagina/3/) [home](/pagina/2/)
            """)
        let report = SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now))
        let links = report.diagnostics.filter { $0.file == "content/nieuws/links.md" }.map(\.message)
        #expect(
            links == [
                "link '/themas/doe-je-mee/pagina/3/' goes nowhere: the theme 'doe-je-mee' has no page at "
                    + "/themas/doe-je-mee/pagina/3/"
            ])
    }

    /// An article that does not parse does not stop the link checks of the others.
    @Test func aParseErrorAndBrokenLinksAreReportedTogether() throws {
        let site = try TestSite(fixture: "check/broken")
        defer { site.cleanUp() }
        try site.write("content/nieuws/kapot.md", "---\ntitle: [kapot\ndate: 2021-01-01\n---\n\nTekst.\n")
        try site.write(
            "content/paginas/over.md",
            "---\ntitle: Over\n---\n\nNaar [niets](/nergens/) en [eerste](/nieuws/eerste/).\n")
        let report = SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now))
        let found = report.diagnostics.map { "\($0.file):\($0.line)" }
        #expect(found.contains { $0.hasPrefix("content/nieuws/kapot.md:") })
        #expect(
            found.filter { $0.hasPrefix("content/nieuws/eerste.md") }.count == 8,
            "every link problem of the other article")
        #expect(found.contains("content/paginas/over.md:5"))
        #expect(Set(report.diagnostics).count == report.diagnostics.count, "each problem once")
        #expect(report.articles == 4 && report.pages == 1, "the draft too")
    }

    @Test func theRealContentHasNoErrors() {
        let report = SiteChecker.check(source: TestSite.repository, publication: Publication(now: TestSite.now))
        #expect(report.errorCount == 0, "\(report.formatted(.text))")
        #expect(report.articles == 5)
    }
}
