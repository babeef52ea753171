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

    @Test(arguments: [(CheckReport.Format.text, "expected.txt"), (.github, "expected.github"), (.json, "expected.json")])
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
        #expect(found == [
            "\(article):14:7: error",   // /nieuws/twede/: unknown slug, suggestion
            "\(article):14:34: error",  // /nieuws/concept/: a draft
            "\(article):14:63: error",  // /themas/onbekend/
            "\(article):15:1: error",   // #inleding
            "\(article):15:21: error",  // /nieuws/tweede/#begin
            "\(article):15:59: error",  // foto.jpg next to the page
            "\(article):16:1: error",   // /media/weg.jpg
            "\(article):16:31: error",  // /contact/
            "content/nieuws/tweede.md:2:1: error",   // no summary
            "content/nieuws/tweede.md:2:1: warning", // no theme
        ])
    }

    @Test func strictFailsOnWarnings() {
        let warningOnly = CheckReport(diagnostics: [Diagnostic(.warning, SourceLocation(path: "a.md"), "w")], articles: 1)
        #expect(!warningOnly.fails(strict: false))
        #expect(warningOnly.fails(strict: true))
    }

    @Test func githubFormatEscapesWorkflowCommandCharacters() {
        let report = CheckReport(diagnostics: [Diagnostic(.error, SourceLocation(path: "a,b:c.md", line: 2, column: 3), "50% fout\nnieuw")], articles: 1)
        #expect(report.formatted(.github).hasPrefix("::error file=a%2Cb%3Ac.md,line=2,col=3::50%25 fout%0Anieuw\n"))
    }

    @Test func theRealContentHasNoErrors() {
        let report = SiteChecker.check(source: TestSite.repository, publication: Publication(now: TestSite.now))
        #expect(report.errorCount == 0, "\(report.formatted(.text))")
        #expect(report.articles == 5)
    }
}
