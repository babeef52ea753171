import Foundation
import Testing

@testable import VeenbrandKit

/// Each folder under Tests/Fixtures/invalid is a broken site: its `content/` and `theme/` laid
/// over `_shared` and the repository's theme, less the files its `remove.txt` lists.
/// Building it must fail with exactly the errors in its `expected-errors.txt`, all in one run,
/// and leave the previous output byte for byte as it was.
/// Re-record the texts with `VEENBRAND_RECORD=1 swift test`.
@Suite struct InvalidSiteTests {
    static let folder = TestSite.fixtures.appendingPathComponent("invalid")
    static let fixtures = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()

    @Test func everyFixtureIsFound() {
        #expect(Self.fixtures.count >= 12)
    }

    @Test(arguments: fixtures)
    func reportsExpectedErrorsAndKeepsOutput(fixture: String) throws {
        let site = try TestSite(fixture: "invalid/_shared")
        defer { site.cleanUp() }
        try site.build()  // the previous output, which the failed build must leave as it is
        let before = TestSite.tree(at: site.output)
        #expect(!before.isEmpty)
        try Self.lay(fixture, over: site)

        let errors: String
        do {
            try site.build()
            Issue.record("\(fixture): the build succeeded")
            return
        } catch {
            errors = error.description + "\n"
        }
        #expect(TestSite.tree(at: site.output) == before, "\(fixture): the previous output changed")

        let expectedFile = Self.folder.appendingPathComponent("\(fixture)/expected-errors.txt")
        if GoldenSiteTests.record {
            try Data(errors.utf8).write(to: expectedFile)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(
            errors == expected,
            "\(fixture) errors:\n\(TextDiff.describe(expected: Data(expected.utf8), actual: Data(errors.utf8)))")
    }

    /// Every fixture's files in one site (all but those that remove files): one run reports
    /// the union of their errors.
    @Test func oneRunReportsEveryFixturesErrors() throws {
        let site = try TestSite(fixture: "invalid/_shared")
        defer { site.cleanUp() }
        var expected: [String] = []
        for fixture in Self.fixtures {
            let folder = Self.folder.appendingPathComponent(fixture)
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("remove.txt").path) { continue }
            for part in ["content", "theme"] {
                try Self.overlay(folder.appendingPathComponent(part), onto: site.root.appendingPathComponent(part))
            }
            expected += try String(contentsOf: folder.appendingPathComponent("expected-errors.txt"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        do {
            try site.build()
            Issue.record("the build succeeded")
        } catch {
            #expect(error.errors.map(\.description) == expected.sorted())
        }
    }

    @Test func aFiftyMegabyteArticleIsRefusedUnread() throws {
        let site = try TestSite(fixture: "invalid/_shared")
        defer { site.cleanUp() }
        var text = Data("---\ntitle: Groot\ndate: 2021-01-02\n---\n\n".utf8)
        text.append(Data(repeating: UInt8(ascii: "a"), count: 50 * 1_048_576))
        try text.write(to: site.root.appendingPathComponent("content/nieuws/groot.md"))
        do {
            try site.build()
            Issue.record("the build succeeded")
        } catch {
            #expect(
                error.description
                    == "content/nieuws/groot.md:1:1: the file is 50.0 MB; an article may be at most 10.0 MB "
                    + "(images and documents belong in content/media/)"
            )
        }
    }

    @Test func aLinkOutOfTheSiteIsRefused() throws {
        let site = try TestSite(fixture: "invalid/_shared")
        defer { site.cleanUp() }
        try FileManager.default.createDirectory(
            at: site.root.appendingPathComponent("content/media"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("content/media/passwd").path,
            withDestinationPath: "/etc/passwd")
        do {
            try site.build()
            Issue.record("the build succeeded")
        } catch {
            #expect(
                error.description
                    == "content/media/passwd:1:1: the file is a link to /etc/passwd, outside the site "
                    + "folder: copy the file into the site instead"
            )
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("media/passwd").path))
    }

    /// Not errors at all: a byte-order mark and CRLF line endings simply work.
    @Test func aByteOrderMarkAndCRLFBuild() throws {
        let site = try TestSite(fixture: "invalid/_shared")
        defer { site.cleanUp() }
        let text =
            "\u{FEFF}---\r\ntitle: Windows\r\ndate: 2021-05-06\r\nsummary: Met CRLF.\r\n---\r\n\r\nEen *tekst*.\r\n"
        try site.write("content/nieuws/windows.md", text)
        try site.build()
        let page = try String(
            contentsOf: site.output.appendingPathComponent("nieuws/windows/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Windows</h1>") || page.contains(">Windows</h1>"))
        #expect(page.contains("<em>tekst</em>"))
        #expect(!page.contains("\r"))
    }

    /// The broken site of `fixture`: `_shared` with the fixture's files laid over it.
    static func site(_ fixture: String) throws -> TestSite {
        let site = try TestSite(fixture: "invalid/_shared")
        try lay(fixture, over: site)
        return site
    }

    /// Lays `fixture`'s `content/` and `theme/` over `site`, and removes what its `remove.txt` lists.
    static func lay(_ fixture: String, over site: TestSite) throws {
        let fixtureFolder = folder.appendingPathComponent(fixture)
        for part in ["content", "theme"] {
            try overlay(fixtureFolder.appendingPathComponent(part), onto: site.root.appendingPathComponent(part))
        }
        if let removed = try? String(contentsOf: fixtureFolder.appendingPathComponent("remove.txt"), encoding: .utf8) {
            for path in removed.split(separator: "\n") where !path.isEmpty { try site.remove(String(path)) }
        }
    }

    private static func overlay(_ source: URL, onto target: URL) throws {
        let fileManager = FileManager.default
        for path in TestSite.tree(at: source).keys {
            let destination = target.appendingPathComponent(path)
            try fileManager.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fileManager.removeItem(at: destination)
            try fileManager.copyItem(at: source.appendingPathComponent(path), to: destination)
        }
    }
}
