/// What a build leaves in the cache for the next, as a file beside the output
/// (`.<name>.cache`), so that `veenbrand build` rebuilds incrementally across runs. The file names the tool and the
/// options it was made with (`key`); a cache made by another Veenbrand, with other options,
/// or unreadable, is not used, and the build starts afresh.
extension CacheContents {
    static let archiveMagic = "veenbrand build cache 3"

    /// Where the cache of the output folder `output` is kept: `.<name>.cache` beside it.
    static func location(forOutput output: String) -> String { OutputSibling.path("cache", beside: output) }

    func archived(key: String) -> [UInt8] {
        // Room for it all at once (a document takes a few hundred bytes, a file its path and
        // stamp): growing by doubling would hold twice the cache's size at its peak.
        let files = [output, standby].compactMap { $0 }.flatMap(\.files.keys)
        var writer = ArchiveWriter(capacity: 512 * documents.count + files.reduce(1 << 16) { $0 + $1.utf8.count + 32 })
        writer.add(Self.archiveMagic)
        writer.add(key)
        writer.add(settings)
        let documents = self.documents.keys.sorted().map { self.documents[$0]! }
        // Handed over, not copied: a copy of the writer would copy its buffer when written to.
        var archive = DocumentArchiveWriter(writer: consume writer, documents: documents)
        archive.writer.add(UInt64(documents.count))
        for document in documents { archive.add(document) }
        writer = (consume archive).writer
        writer.add(related != nil)
        if let related {
            writer.add(related.source)
            writer.add(UInt64(related.lists.count))
            for list in related.lists {
                writer.add(UInt64(list.count))
                for index in list { writer.add(index) }
            }
        }
        for folder in [output, standby] {
            writer.add(folder != nil)
            guard let folder else { continue }
            writer.add(folder.folder)
            writer.add(UInt64(folder.files.count))
            for path in folder.files.keys.sorted() {
                writer.add(path)
                writer.add(folder.files[path]!)
            }
        }
        return writer.bytes
    }

    /// The cache in `bytes`, if they hold one made with `key` that reads back whole.
    static func unarchive(_ bytes: [UInt8], key: String, kinds: [DocumentKind]) -> CacheContents? {
        var reader = ArchiveReader(bytes)
        do throws(ArchiveReader.Malformed) {
            guard try reader.string() == archiveMagic, try reader.string() == key else { return nil }
            let settings = try reader.fingerprint()
            var archive = try DocumentArchiveReader(reader: reader, kinds: kinds)
            let count = try archive.reader.count()
            var documents: [String: Document] = [:]
            documents.reserveCapacity(count)
            for _ in 0..<count {
                let document = try archive.document()
                documents[document.path] = document
            }
            reader = archive.reader
            var related: RelatedArticles?
            if try reader.bool() {
                let source = try reader.fingerprint()
                var lists: [[Int]] = []
                for _ in 0..<(try reader.count()) {
                    var list: [Int] = []
                    for _ in 0..<(try reader.count()) { list.append(try reader.int()) }
                    lists.append(list)
                }
                related = RelatedArticles(lists: lists, source: source)
            }
            var folders: [FolderContents?] = []
            for _ in 0..<2 {
                guard try reader.bool() else {
                    folders.append(nil)
                    continue
                }
                let folder = try reader.string()
                var files: [String: Fingerprint] = [:]
                let count = try reader.count()
                files.reserveCapacity(count)
                for _ in 0..<count { files[try reader.outputPath()] = try reader.fingerprint() }
                folders.append(FolderContents(folder: folder, files: files))
            }
            guard reader.isAtEnd else { return nil }
            return CacheContents(
                settings: settings, documents: documents, related: related, output: folders[0], standby: folders[1])
        } catch {
            return nil
        }
    }
}
