import Testing

@testable import VeenbrandKit

/// The table of what a folder's files read: a build's goes on from the last one's, so kept
/// files keep their places and the standby folder's table is the start of the output's; one
/// that grew to hold mostly reads no file uses is made again.
@Suite struct ReadTableTests {
    static func page(_ number: Int) -> Read { Read(.document, "content/nieuws/\(number).md") }

    @Test func aTableGoesOnFromTheLastOne() {
        var first = ReadTable.new()
        #expect(first.place(of: .settings) == 0 && first.place(of: Self.page(1)) == 1)
        #expect(first.place(of: .settings) == 0)
        let last = first.settled()
        var next = last
        #expect(next.place(of: Self.page(2)) == 2)
        #expect(next.settled().extends(last) && !last.extends(next.settled()))
        #expect(!ReadTable.new().extends(last))
        // A read the last build had is added again rather than looked for: places stay put.
        #expect(next.place(of: .settings) == 3 && next[0] == .settings)
    }

    @Test func aTableOfMostlyUnusedReadsIsMadeAgain() throws {
        var table = ReadTable.new()
        for number in 0..<3000 { _ = table.place(of: Self.page(number)) }
        let files = [
            "a/index.html": MadeFrom(fingerprint: Fingerprint.of("a"), reads: [2999, 5]),
            "b/index.html": MadeFrom(fingerprint: Fingerprint.of("b"), reads: [5]),
        ]
        let (compacted, remapped) = try #require(table.compacted(files))
        #expect(compacted.count == 2 && compacted.lineage != table.lineage)
        #expect(remapped["a/index.html"]!.reads.map { compacted[$0] } == [Self.page(2999), Self.page(5)])
        #expect(remapped["b/index.html"]!.reads.map { compacted[$0] } == [Self.page(5)])
        #expect(remapped["a/index.html"]!.fingerprint == Fingerprint.of("a"))
        // One whose reads are used is kept as it is.
        let used = Dictionary(
            uniqueKeysWithValues: (0..<3000).map {
                ("\($0)/index.html", MadeFrom(fingerprint: Fingerprint(), reads: [Int32($0)]))
            })
        #expect(table.compacted(used) == nil)
    }

    @Test func theStandbyTableIsKeptAsTheStartOfTheOutputs() throws {
        var cache = try BuildCacheArchiveTests.memory()
        let first = try #require(cache.output)
        var earlier = first.reads
        for number in 10..<60 { _ = earlier.place(of: Self.page(number)) }
        let standby = FolderContents(folder: first.folder + ".standby", reads: earlier.settled(), files: first.files)
        var table = standby.reads
        _ = table.place(of: Self.page(99))
        cache.standby = standby
        cache.output = FolderContents(
            folder: first.folder, reads: table.settled(),
            files: first.files.merging(["nieuw/index.html": MadeFrom(fingerprint: Fingerprint(), reads: [0, 53])]) {
                first, _ in first
            })
        let bytes = cache.archived(key: "sleutel")
        let read = try #require(CacheContents.unarchive(bytes, key: "sleutel", kinds: Kinds.documents))
        #expect(read.output == cache.output && read.standby == cache.standby)
        #expect(read.output!.reads.extends(read.standby!.reads))
        // Written once: the standby's table takes a count, not its reads again.
        var apart = cache
        apart.standby = FolderContents(
            folder: standby.folder, reads: ReadTable(standby.reads.reads, lineage: 1), files: standby.files)
        let apartBytes = apart.archived(key: "sleutel")
        #expect(bytes.count + 1000 < apartBytes.count)
        let readApart = try #require(CacheContents.unarchive(apartBytes, key: "sleutel", kinds: Kinds.documents))
        #expect(readApart.standby == apart.standby && !readApart.output!.reads.extends(readApart.standby!.reads))
    }
}
