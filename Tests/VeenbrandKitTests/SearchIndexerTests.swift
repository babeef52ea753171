import Foundation
import Testing

@testable import VeenbrandKit

/// Pagefind is a program the build waits for: whatever it does, the build ends, says why, and
/// leaves the output as it was; and Pagefind can always be stopped.
@Suite(.serialized) struct SearchIndexerTests {
    /// A stand-in for Pagefind, in `site`'s folder, running the shell `script` (`$2` is the
    /// site, `$4` the folder to write its index into). Every test of the search index uses it.
    static func fake(
        _ site: TestSite, _ script: String, timeLimit: Double = SearchIndexer.defaultTimeLimit
    ) throws -> SearchIndexer {
        let file = site.root.appendingPathComponent("fake-pagefind")
        try ("#!/bin/sh\n" + script).write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        return SearchIndexer(executable: file.path, timeLimit: timeLimit)
    }

    func indexer(
        _ site: TestSite, _ script: String, timeLimit: Double = SearchIndexer.defaultTimeLimit
    ) throws -> SearchIndexer {
        try Self.fake(site, script, timeLimit: timeLimit)
    }

    /// Whether each shard of the output's search index holds the file `name` its Pagefind wrote.
    static func indexed(_ site: TestSite, _ name: String) -> Bool {
        let index = site.output.appendingPathComponent("pagefind")
        guard let list = try? Data(contentsOf: index.appendingPathComponent("shards.json")),
            let shards = try? JSONDecoder().decode([String].self, from: list), !shards.isEmpty
        else { return false }
        return shards.allSatisfy { FileManager.default.fileExists(atPath: index.path + "/" + $0 + "/" + name) }
    }

    /// The texts of the file `name` in the output's search index shards, in their order.
    static func written(_ site: TestSite, _ name: String) -> String {
        let index = site.output.appendingPathComponent("pagefind")
        guard let list = try? Data(contentsOf: index.appendingPathComponent("shards.json")),
            let shards = try? JSONDecoder().decode([String].self, from: list)
        else { return "" }
        return shards.map { (try? String(contentsOfFile: index.path + "/" + $0 + "/" + name, encoding: .utf8)) ?? "" }
            .joined()
    }

    func options(_ site: TestSite, _ search: SearchIndexer) -> BuildOptions {
        BuildOptions(source: site.root, publication: Publication(now: TestSite.now), search: search)
    }

    /// More than a pipe holds, on both streams: read at once, so neither stalls.
    @Test func aTalkativePagefindCannotStallTheBuild() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let flood = "head -c 300000 /dev/zero | tr '\\000' e >&2; head -c 300000 /dev/zero | tr '\\000' o\n"
        try Site.build(options(site, try indexer(site, flood + "mkdir -p \"$4\" && echo ok > \"$4/index\"\n")))
        #expect(Self.indexed(site, "index"))
        try site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2021-05-01\n---\n\nTekst.\n")
        let failing = try indexer(site, flood + "echo 'the last words' >&2; exit 4\n")
        do {
            try Site.build(options(site, failing))
            Issue.record("built")
        } catch {
            let message = try #require(error.errors.first?.message)
            #expect(message.hasPrefix("Pagefind could not index the site for search (exit status 4): "))
            #expect(
                message.hasSuffix("the last words") && message.count < 5_000, "only the end is kept: \(message.count)")
        }
    }

    @Test func aPagefindThatHangsIsStoppedAndTheOutputStays() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let before = TestSite.tree(at: site.output)
        try site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2021-05-01\n---\n\nTekst.\n")
        let hanging = try indexer(site, "echo indexing\nexec sleep 60\n", timeLimit: 1)
        let started = Date()
        do {
            try Site.build(options(site, hanging))
            Issue.record("built")
        } catch {
            #expect(
                error.errors.first?.message.hasPrefix("Pagefind did not finish within 1 seconds and was stopped")
                    == true,
                "\(error)")
        }
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(TestSite.tree(at: site.output) == before)
    }

    /// A program that ends while one it started still holds its output is done when it ends.
    @Test func aPagefindThatEndsIsDoneThoughItsChildLivesOn() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let started = ContinuousClock.now
        try Site.build(options(site, try indexer(site, "sleep 20 &\nmkdir -p \"$4\" && touch \"$4/index\"\n")))
        #expect(ContinuousClock.now - started < .seconds(15))
        #expect(Self.indexed(site, "index"))
    }

    /// Pagefind starts able to receive the signals that stop it, whatever this process blocks.
    @Test func pagefindCanBeStoppedEvenWhenTheBuildBlocksSignals() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let status = site.root.appendingPathComponent("status")
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let script = "grep -E '^Sig(Blk|Ign)' /proc/self/status > '\(status.path)'\nmkdir -p \"$4\"\n"
        try Site.build(options(site, try indexer(site, script)))
        let lines = try String(contentsOf: status, encoding: .utf8).split(separator: "\n")
        for line in lines {
            let mask = try #require(UInt64(line.split(separator: "\t").last ?? "", radix: 16))
            for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM] {
                #expect(mask & (1 << UInt64(signal - 1)) == 0, "\(line): signal \(signal)")
            }
        }
        #expect(lines.count == 2)
    }

    /// Pagefind writes into a folder of its own: one left running by a killed build writes
    /// nowhere a later build reads, and what it left is cleared away.
    @Test func pagefindWritesOnlyIntoItsOwnFolder() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let arguments = site.root.appendingPathComponent("arguments")
        try Site.build(
            options(
                site, try indexer(site, "echo \"$4\" > '\(arguments.path)'\nmkdir -p \"$4\" && touch \"$4/index\"\n")))
        let written = try String(contentsOf: arguments, encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(written.contains(".search-") && !written.hasPrefix(site.output.path + "/"))
        #expect(!FileManager.default.fileExists(atPath: written), "moved into the site")
        let stale = written + "-left-by-a-killed-build"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
        try site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2021-05-01\n---\n\nTekst.\n")
        try Site.build(options(site, try indexer(site, "mkdir -p \"$4\" && touch \"$4/index\"\n")))
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    /// A build without search after one with it leaves no index behind: the search page must not
    /// search pages of another build.
    @Test func aBuildWithoutSearchKeepsNoEarlierIndex() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        var options = options(site, try indexer(site, "mkdir -p \"$4\" && touch \"$4/pagefind-entry.json\"\n"))
        options.toolStamp = "test"
        try Site.build(options)
        let index = site.output.appendingPathComponent("pagefind")
        #expect(FileManager.default.fileExists(atPath: index.path))
        options.search = nil
        for _ in 0..<4 {
            try Site.build(options)
            #expect(!FileManager.default.fileExists(atPath: index.path))
        }
    }
}
