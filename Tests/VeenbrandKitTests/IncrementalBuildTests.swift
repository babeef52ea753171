import Foundation
import Testing
@testable import VeenbrandKit

/// Rebuilds with a `BuildCache` (as the preview server does) must give exactly the site a
/// full build gives, after every kind of edit, and must leave unchanged files alone.
@Suite struct IncrementalBuildTests {
    /// The golden fixture, built once with a cache; each step edits it, rebuilds with the
    /// cache, and compares with a full build of the same sources into another folder.
    final class Session {
        let site: TestSite
        let cache = BuildCache()
        var now = TestSite.now

        init() throws { site = try TestSite(fixture: "sites/basic") }

        func options(output: URL? = nil) -> BuildOptions {
            BuildOptions(source: site.root, output: output, publication: Publication(now: now))
        }

        func rebuild() throws(BuildFailure) { try Site.build(options(), cache: cache) }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = site.root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(path) changed nothing")
            try Data(changed.utf8).write(to: url)
        }

        /// Rebuilds with the cache and checks the result against a full build; returns the
        /// files the rebuild replaced or added.
        @discardableResult
        func rebuildAndCompare(_ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Set<String> {
            let before = Self.identities(at: site.output)
            try rebuild()
            let full = site.root.appendingPathComponent("full-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: full) }
            try Site.build(options(output: full))
            let incremental = TestSite.tree(at: site.output)
            let expected = TestSite.tree(at: full)
            #expect(Set(incremental.keys) == Set(expected.keys), "\(step): other files", sourceLocation: sourceLocation)
            for (path, data) in expected where incremental[path] != data {
                Issue.record("\(step): \(path) differs from a full build", sourceLocation: sourceLocation)
            }
            let after = Self.identities(at: site.output)
            return Set(after.filter { before[$0.key] != $0.value }.keys)
        }

        /// Inode and modification time of every file: a rewritten file changes them.
        static func identities(at folder: URL) -> [String: String] {
            var result: [String: String] = [:]
            for path in TestSite.tree(at: folder).keys {
                var status = stat()
                if stat(folder.path + "/" + path, &status) == 0 {
                    result[path] = "\(status.st_ino) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
                }
            }
            return result
        }
    }

    @Test func everyKindOfEditGivesWhatAFullBuildGives() throws {
        let session = try Session()
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        #expect(try session.rebuildAndCompare("nothing changed").isEmpty)

        try session.edit("content/nieuws/bericht-05.md") { $0.replacingOccurrences(of: "title: Bericht 05", with: "title: Bericht vijf") }
        let retitled = try session.rebuildAndCompare("title")
        #expect(retitled.contains("nieuws/bericht-05/index.html"))
        #expect(!retitled.contains("nieuws/bericht-01/index.html"), "a page that does not show the article is left alone")
        #expect(!retitled.contains("assets/style.css"))

        let steps: [(String, String, (String) -> String)] = [
            ("body", "content/nieuws/bericht-03.md", { $0 + "\nEen nieuwe alinea met [een link](/nieuws/welkom/).\n" }),
            ("keywords", "content/nieuws/bericht-02.md", { $0.replacingOccurrences(of: "keywords: [", with: "keywords: [Nieuw trefwoord, ") }),
            ("themes", "content/nieuws/bericht-04.md", { $0.replacingOccurrences(of: "themes: [", with: "themes: [Opstarten beweging, ") }),
            ("date", "content/nieuws/bericht-01.md", { $0.replacingOccurrences(of: "date: 2020-01-01", with: "date: 2025-06-01") }),
            ("draft", "content/nieuws/bericht-06.md", { $0.replacingOccurrences(of: "---\n\n", with: "draft: true\n---\n\n") }),
            ("template", "theme/templates/partials/footer.mustache", { $0.replacingOccurrences(of: "<footer", with: "<!-- voet -->\n<footer") }),
            ("site settings", "content/site.yaml", { $0.replacingOccurrences(of: "title: Testbeweging", with: "title: Proefbeweging") }),
            ("theme description", "content/themes.yaml", { $0.replacingOccurrences(of: "De eerste stappen.", with: "Het begin.") }),
            ("asset", "theme/assets/style.css", { $0 + "\n/* veranderd */\n" }),
        ]
        for (step, path, change) in steps {
            try session.edit(path, change)
            try session.rebuildAndCompare(step)
        }

        try session.site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2025-12-31\nthemes: [Leeg thema]\n---\n\nNieuw bericht.\n")
        try session.rebuildAndCompare("new article")
        try session.site.remove("content/nieuws/bericht-07.md")
        try session.rebuildAndCompare("deleted article")
        try session.site.remove("content/media/foto.jpg")
        try session.rebuildAndCompare("deleted media file")

        session.now = 1_904_000_000  // 2030-05-01 has come: the scheduled article appears
        try session.rebuildAndCompare("time passed")
    }

    @Test func aFailedRebuildChangesNothingAndTheNextOneCatchesUp() throws {
        let session = try Session()
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        let before = TestSite.tree(at: session.site.output)
        try session.edit("content/nieuws/bericht-08.md") { $0.replacingOccurrences(of: "title: Bericht 08", with: "title: [kapot") }
        #expect(throws: BuildFailure.self) { try session.rebuild() }
        #expect(TestSite.tree(at: session.site.output) == before)
        try session.edit("content/nieuws/bericht-08.md") { $0.replacingOccurrences(of: "title: [kapot", with: "title: Hersteld") }
        #expect(try session.rebuildAndCompare("fixed").contains("nieuws/bericht-08/index.html"))
    }

    @Test func anOutputChangedBehindTheCacheIsWrittenInFull() throws {
        let session = try Session()
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        try FileManager.default.removeItem(at: session.site.output)
        try session.rebuildAndCompare("output removed")
    }
}
