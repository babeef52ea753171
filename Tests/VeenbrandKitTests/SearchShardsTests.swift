import Foundation
import Testing

@testable import VeenbrandKit

/// The search index in shards: where a page goes depends only on the paths, an edit indexes
/// its own shard again and no other, and a build from scratch gives the same bytes.
@Suite(.serialized) struct SearchShardsTests {
    static let paths = (0..<3_000).map { "nieuws/artikel-\($0)/index.html" }

    @Test func everyPageIsInOneShardOfABoundedSizeAndGroupsStayApart() {
        let paths = Self.paths + (0..<40).map { "agenda/activiteit-\($0)/index.html" } + ["over/index.html"]
        let shards = SearchShards.standard.cut(paths.reversed())
        #expect(shards.flatMap { $0 }.sorted() == paths.sorted())
        for shard in shards {
            let groups = Set(shard.map { $0.prefix { $0 != "/" } })
            #expect(groups.count == 1, "\(shard.first ?? "")")
            #expect(shard.count <= SearchShards.standard.largest)
            #expect(shard == shard.sorted())
        }
        let articles = shards.filter { $0[0].hasPrefix("nieuws/") }
        for shard in articles.dropLast() { #expect(shard.count >= SearchShards.standard.smallest) }
        #expect(shards.count == articles.count + 2, "one for the events, one for the other pages")
        #expect(SearchShards.standard.cut(paths) == shards, "the order the pages come in does not matter")
    }

    /// A page added changes the shard it joins, and at most the few up to the next anchor.
    @Test func aPageAddedOrRemovedChangesOnlyTheShardsAroundIt() {
        let before = SearchShards.standard.cut(Self.paths)
        for added in ["nieuws/artikel-1500a/index.html", "nieuws/aaa/index.html", "nieuws/zzz/index.html"] {
            let after = SearchShards.standard.cut(Self.paths + [added])
            let changed = Set(after.map { $0 }).subtracting(before.map { $0 })
            #expect(changed.count <= 3, "\(added): \(changed.count) shards changed of \(after.count)")
            #expect(changed.contains { $0.contains(added) })
            let back = SearchShards.standard.cut(Self.paths.filter { $0 != added })
            #expect(back == before)
        }
    }

    /// A stand-in for Pagefind that lists the run in `runs` and writes, as its index, the
    /// paths and a checksum of the pages it was given.
    func counting(_ site: TestSite, runs: URL) throws -> SearchIndexer {
        let script = """
            echo "$2" >> '\(runs.path)'
            mkdir -p "$4/fragment"
            cd "$2" && find . -type f | sort > "$4/pages" && find . -type f | sort | xargs cat | cksum > "$4/sum"
            echo '{}' > "$4/pagefind-entry.json"
            echo ui > "$4/pagefind-ui.js"

            """
        let fake = try SearchIndexerTests.fake(site, script)
        return SearchIndexer(
            executable: fake.executable, timeLimit: 60,
            shards: SearchShards(smallest: 3, anchorEvery: 2, largest: 5))
    }

    func count(_ file: URL) -> Int {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Another text for the article `slug`, which no other page shows.
    func edit(_ site: TestSite, _ slug: String) throws {
        let path = "content/nieuws/\(slug).md"
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, text + "\nEen nieuwe alinea.\n")
    }

    @Test func anEditIndexesOnlyItsShardAndGivesTheBytesOfAFullBuild() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let runs = site.root.appendingPathComponent("runs")
        let search = try counting(site, runs: runs)
        let options = BuildOptions(source: site.root, publication: Publication(now: TestSite.now), search: search)
        try Site.build(options)
        let index = site.output.appendingPathComponent("pagefind")
        let list = try String(contentsOf: index.appendingPathComponent("shards.json"), encoding: .utf8)
        let shards = try JSONDecoder().decode([String].self, from: Data(list.utf8))
        #expect(shards.count >= 3 && count(runs) == shards.count)
        for shard in shards {
            let folder = index.appendingPathComponent(shard)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("pages").path))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pagefind-ui.js").path))
        }

        try edit(site, "bericht-04")
        try Site.build(options)
        #expect(count(runs) == shards.count + 1, "only the edited article's shard is indexed again")
        try Site.build(options)
        #expect(count(runs) == shards.count + 1, "nothing changed: nothing is indexed")
        try edit(site, "bericht-07")
        try Site.build(options)
        #expect(count(runs) == shards.count + 2, "the standby folder's shards are used again too")
        let incremental = TestSite.tree(at: site.output)

        let fresh = site.root.appendingPathComponent("fresh")
        var full = options
        full.output = fresh
        try Site.build(full)
        #expect(TestSite.tree(at: fresh) == incremental)
        #expect(incremental.keys.contains { $0.hasPrefix("pagefind/") && $0.hasSuffix("/sum") })
    }

    @Test func theShardsOfPagesNoLongerThereGo() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let search = try counting(site, runs: site.root.appendingPathComponent("runs"))
        let options = BuildOptions(source: site.root, publication: Publication(now: TestSite.now), search: search)
        try Site.build(options)
        for name in try FileManager.default.contentsOfDirectory(atPath: site.root.path + "/content/nieuws")
        where name.hasPrefix("bericht-") {
            try site.remove("content/nieuws/" + name)
        }
        try Site.build(options)
        let index = site.output.appendingPathComponent("pagefind")
        let list = try String(contentsOf: index.appendingPathComponent("shards.json"), encoding: .utf8)
        let shards = try JSONDecoder().decode([String].self, from: Data(list.utf8))
        let folders = try FileManager.default.contentsOfDirectory(atPath: index.path).filter { $0 != "shards.json" }
        #expect(folders.sorted() == shards.sorted())
    }
}
