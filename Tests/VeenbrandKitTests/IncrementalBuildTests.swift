import Foundation
import Testing

@testable import VeenbrandKit

/// Rebuilds with a `BuildCache` must give exactly the site a full build gives, after every
/// kind of edit, and must leave unchanged files alone: with the cache in memory, updating the
/// folder in place (the preview server), and with the cache kept in a file beside the output,
/// swapping the standby folder in (`veenbrand build`).
@Suite struct IncrementalBuildTests {
    /// The golden fixture, built once with a cache; each step edits it, rebuilds with the
    /// cache, and compares with a full build of the same sources into another folder.
    final class Session {
        let site: TestSite
        /// Whether the cache is kept in a file (`veenbrand build`) rather than in memory.
        let kept: Bool
        /// Whether articles dated after "now" are published (`--future`, as `serve` may).
        let future: Bool
        let cache = BuildCache()
        var now = TestSite.now

        init(kept: Bool = false, future: Bool = false) throws {
            site = try TestSite(fixture: "sites/basic")
            self.kept = kept
            self.future = future
        }

        func options(output: URL? = nil, kept: Bool = false) -> BuildOptions {
            BuildOptions(
                source: site.root, output: output, publication: Publication(now: now, includeFuture: future),
                toolStamp: kept ? "test" : nil)
        }

        func rebuild() throws(BuildFailure) {
            if kept { try Site.build(options(kept: true)) } else { try Site.build(options(), cache: cache) }
        }

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
        func rebuildAndCompare(_ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Set<
            String
        > {
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

    /// A plain picture made by libvips, as JPEG or PNG bytes.
    static func picture(width: Int, height: Int, format: String = "jpeg", fill: String = "#3a6") throws -> Data {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)">\
            <rect width="\(width)" height="\(height)" fill="\(fill)"/></svg>
            """
        let image = try Vips.image("svgload_buffer", ["buffer": .bytes(Array(svg.utf8))])
        return Data(try ResizedImage.encode(try ResizedImage.opaque(image), format))
    }

    @Test(arguments: [false, true])
    func everyKindOfEditGivesWhatAFullBuildGives(kept: Bool) throws {
        let session = try Session(kept: kept)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        #expect(try session.rebuildAndCompare("nothing changed").isEmpty)

        try session.edit("content/nieuws/bericht-05.md") {
            $0.replacingOccurrences(of: "title: Bericht 05", with: "title: Bericht vijf")
        }
        let retitled = try session.rebuildAndCompare("title")
        #expect(retitled.contains("nieuws/bericht-05/index.html"))
        #expect(
            !retitled.contains("nieuws/bericht-01/index.html"), "a page that does not show the article is left alone")
        #expect(!retitled.contains("assets/style.css"))

        let steps: [(String, String, (String) -> String)] = [
            ("body", "content/nieuws/bericht-03.md", { $0 + "\nEen nieuwe alinea met [een link](/nieuws/welkom/).\n" }),
            (
                "keywords", "content/nieuws/bericht-02.md",
                { $0.replacingOccurrences(of: "keywords: [", with: "keywords: [Nieuw trefwoord, ") }
            ),
            (
                "themes", "content/nieuws/bericht-04.md",
                { $0.replacingOccurrences(of: "themes: [", with: "themes: [Opstarten beweging, ") }
            ),
            (
                "date", "content/nieuws/bericht-01.md",
                { $0.replacingOccurrences(of: "date: 2020-01-01", with: "date: 2025-06-01") }
            ),
            (
                "draft", "content/nieuws/bericht-06.md",
                { $0.replacingOccurrences(of: "---\n\n", with: "draft: true\n---\n\n") }
            ),
            (
                "template", "theme/templates/partials/footer.mustache",
                { $0.replacingOccurrences(of: "<footer", with: "<!-- voet -->\n<footer") }
            ),
            (
                "site settings", "content/site.yaml",
                { $0.replacingOccurrences(of: "title: Testbeweging", with: "title: Proefbeweging") }
            ),
            (
                "theme description", "content/themes.yaml",
                { $0.replacingOccurrences(of: "De eerste stappen.", with: "Het begin.") }
            ),
            ("asset", "theme/assets/style.css", { $0 + "\n/* veranderd */\n" }),
        ]
        for (step, path, change) in steps {
            try session.edit(path, change)
            try session.rebuildAndCompare(step)
        }

        try session.site.write(
            "content/nieuws/nieuw.md",
            "---\ntitle: Nieuw\ndate: 2025-12-31\nthemes: [Leeg thema]\n---\n\nNieuw bericht.\n")
        try session.rebuildAndCompare("new article")
        try session.site.remove("content/nieuws/bericht-07.md")
        try session.rebuildAndCompare("deleted article")
        try session.site.write(
            "content/agenda/avond.md",
            "---\ntitle: Avond\nstart: 2025-12-01T20:00:00+01:00\nlocation: Utrecht\nthemes: [Leeg thema]\n"
                + "keywords: [Nieuw trefwoord]\n---\n\nEen avond.\n")
        let firstEvent = try session.rebuildAndCompare("first event: every page's menu gets the agenda")
        #expect(firstEvent.contains("nieuws/bericht-01/index.html") && firstEvent.contains("agenda/avond/avond.ics"))
        try session.edit("content/agenda/avond.md") { $0.replacingOccurrences(of: "Utrecht", with: "Amersfoort") }
        try session.rebuildAndCompare("event's place")
        try session.site.remove("content/agenda/avond.md")
        let noEvents = try session.rebuildAndCompare("last event deleted: the menu loses the agenda")
        #expect(noEvents.contains("nieuws/bericht-01/index.html"))
        try session.site.write("content/media/foto.jpg", Self.picture(width: 1400, height: 700))
        try session.rebuildAndCompare("image replaced by one of another size")
        try session.site.write("content/media/foto.jpg", Self.picture(width: 1400, height: 700, fill: "#a36"))
        try session.rebuildAndCompare("image replaced by another picture of the same size")
        try session.site.write("content/media/los.png", Self.picture(width: 300, height: 200, format: "png"))
        try session.rebuildAndCompare("new media file")
        try session.site.remove("content/media/los.png")
        try session.rebuildAndCompare("deleted media file")

        session.now = 1_904_000_000  // 2030-05-01 has come: the scheduled article appears
        try session.rebuildAndCompare("time passed")
    }

    @Test(arguments: [false, true])
    func aFailedRebuildChangesNothingAndTheNextOneCatchesUp(kept: Bool) throws {
        let session = try Session(kept: kept)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        let before = TestSite.tree(at: session.site.output)
        try session.edit("content/nieuws/bericht-08.md") {
            $0.replacingOccurrences(of: "title: Bericht 08", with: "title: [kapot")
        }
        #expect(throws: BuildFailure.self) { try session.rebuild() }
        #expect(TestSite.tree(at: session.site.output) == before)
        try session.edit("content/nieuws/bericht-08.md") {
            $0.replacingOccurrences(of: "title: [kapot", with: "title: Hersteld")
        }
        #expect(try session.rebuildAndCompare("fixed").contains("nieuws/bericht-08/index.html"))
    }

    @Test(arguments: [false, true])
    func anOutputChangedBehindTheCacheIsWrittenInFull(kept: Bool) throws {
        let session = try Session(kept: kept)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        try FileManager.default.removeItem(at: session.site.output)
        try session.rebuildAndCompare("output removed")
    }

    /// `veenbrand build` after one edit renders and writes only what shows the article: the
    /// other files of the new output are the very files (inodes) of the previous one.
    @Test func aKeptCacheRewritesOnlyWhatChanged() throws {
        let session = try Session(kept: true)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        try session.site.write(
            "content/nieuws/bericht-01.md",
            try String(
                contentsOf: session.site.root
                    .appendingPathComponent("content/nieuws/bericht-01.md"), encoding: .utf8) + "\nNog een zin.\n")
        let written = try session.rebuildAndCompare("second build")
        #expect(
            written == ["nieuws/bericht-01/index.html"],
            "the body shows on the article page only (the feeds show newer ones)")
        try session.edit("content/nieuws/bericht-05.md") {
            $0.replacingOccurrences(of: "title: Bericht 05", with: "title: Bericht vijf")
        }
        let retitled = try session.rebuildAndCompare("title")
        #expect(retitled.contains("nieuws/bericht-05/index.html") && retitled.contains("index.html"))
        #expect(retitled.count < 12, "only the pages that show the article: \(retitled.sorted())")
        let cacheFile = session.site.root.appendingPathComponent(".output.cache")
        #expect(FileManager.default.fileExists(atPath: cacheFile.path))
    }

    /// A build killed while writing the standby folder leaves the writer's marker: the next
    /// build does not trust what it knew of the standby folder and still gives a full build's
    /// site; a cache file that cannot be read is ignored.
    @Test func interruptedWritesAndBrokenCachesAreRecoveredFrom() throws {
        let session = try Session(kept: true)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        try session.edit("content/nieuws/bericht-02.md") {
            $0.replacingOccurrences(of: "title: Bericht 02", with: "title: Twee")
        }
        try session.rebuildAndCompare("second build")
        let standby = session.site.root.appendingPathComponent(".output.previous")
        try Data("half".utf8).write(to: standby.appendingPathComponent("index.html"))
        try Data("stray".utf8).write(to: standby.appendingPathComponent("stray.html"))
        try session.site.write(".output.writing", "")
        try session.edit("content/nieuws/bericht-03.md") {
            $0.replacingOccurrences(of: "title: Bericht 03", with: "title: Drie")
        }
        try session.rebuildAndCompare("after an interrupted build")
        #expect(
            !FileManager.default.fileExists(atPath: session.site.root.appendingPathComponent(".output.writing").path))

        try Data("not a cache".utf8).write(to: session.site.root.appendingPathComponent(".output.cache"))
        try session.edit("content/nieuws/bericht-04.md") {
            $0.replacingOccurrences(of: "title: Bericht 04", with: "title: Vier")
        }
        try session.rebuildAndCompare("after a broken cache")
    }
}

/// A build that fails before it swaps the new site in leaves the output as it was, and what
/// the last build knew of it: the next build is not a full one.
@Suite struct FailedBuildMemoryTests {
    @Test func aFailedBuildKeepsWhatTheLastOneKnew() throws {
        let session = try IncrementalBuildTests.Session(kept: true)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        let cache = session.site.root.appendingPathComponent(".output.cache")
        let kept = try Data(contentsOf: cache)
        try session.edit("content/nieuws/bericht-02.md") {
            $0.replacingOccurrences(of: "title: Bericht 02", with: "title: Twee")
        }
        var failing = session.options(kept: true)
        failing.search = try SearchIndexerTests.fake(session.site, "echo 'out of memory' >&2\nexit 1\n")
        let before = TestSite.tree(at: session.site.output)
        #expect(throws: BuildFailure.self) { try Site.build(failing) }
        #expect(TestSite.tree(at: session.site.output) == before)
        #expect(try Data(contentsOf: cache) == kept, "the last build's memory is where it was")
        let written = try session.rebuildAndCompare("after the failed build")
        #expect(written.count < 12, "only the pages that show the article: \(written.sorted())")
    }
}

/// Share cards are made again only when what they show changes.
@Suite struct ShareCardRebuildTests {
    @Test(arguments: [false, true])
    func aTitleChangeRemakesOnlyThatArticlesCard(kept: Bool) throws {
        let session = try IncrementalBuildTests.Session(kept: kept)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        try session.edit("content/nieuws/tweede.md") {
            $0.replacingOccurrences(of: "title: \"Tweede", with: "title: \"Nieuw: Tweede")
        }
        let changed = try session.rebuildAndCompare("title changed")
        let pictures = changed.filter { $0.hasSuffix(".png") || $0.hasSuffix(".jpg") || $0.hasSuffix(".webp") }
        #expect(pictures == ["nieuws/tweede/deelkaart.png"])
        try session.edit("content/nieuws/tweede.md") { $0 + "\nEen alinea erbij.\n" }
        let bodyChanged = try session.rebuildAndCompare("body changed")
        #expect(bodyChanged.filter { $0.hasSuffix(".png") }.isEmpty)
    }
}
