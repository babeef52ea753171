import Testing

@testable import VeenbrandKit

/// A cache file damaged anywhere — any byte changed — is read back as a cache or as none,
/// never a crash: the folders' tables of reads and the places of each file's reads are
/// checked as they are read.
@Suite struct CacheMutationTests {
    @Test func anyChangedByteIsReadOrRefusedNeverACrash() throws {
        var cache = try BuildCacheArchiveTests.memory()
        let output = try #require(cache.output)
        var table = output.reads
        for number in 0..<40 { _ = table.place(of: Read(.position, "articles", number)) }
        cache.standby = output
        cache.output = FolderContents(
            folder: output.folder, reads: table.settled(),
            files: output.files.merging(["nieuw/index.html": MadeFrom(fingerprint: Fingerprint(), reads: [1, 30, 42])])
            {
                first, _ in first
            })
        let bytes = cache.archived(key: "k")
        var random = RandomEditsTests.Generator(state: 30)
        var read = 0
        for _ in 0..<4000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            guard let contents = CacheContents.unarchive(damaged, key: "k", kinds: Kinds.documents) else { continue }
            read += 1
            // What a build does with it: each file's reads looked up by their places.
            for folder in [contents.output, contents.standby].compactMap({ $0 }) {
                let values = [Fingerprint](repeating: Fingerprint(), count: folder.reads.count)
                for made in folder.files.values { _ = ReadCheck.isCurrent(made, values) }
            }
        }
        // Most damage is caught; what is not still reads as a cache of the same shape.
        #expect(read < 4000)
    }
}
