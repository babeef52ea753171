/// What a build leaves in the cache for the next, as a file beside the output
/// (`.<name>.cache`), so that `veenbrand build` rebuilds incrementally across runs. The file names the tool and the
/// options it was made with (`key`); a cache made by another Veenbrand, with other options,
/// or unreadable, is not used, and the build starts afresh. The output and standby folders are a
/// part of their own, read on another core than the documents: a build needs the documents to
/// parse, and the folders only once it writes.
extension CacheContents {
    static let archiveMagic = "veenbrand build cache 5"

    /// Where the cache of the output folder `output` is kept: `.<name>.cache` beside it.
    static func location(forOutput output: String) -> String { OutputSibling.path("cache", beside: output) }

    func archived(key: String) -> [UInt8] {
        // Room for it all at once (a document takes a few hundred bytes, a file its path, its
        // fingerprint and the places of its reads; a read its name): growing by doubling would
        // hold twice the cache's size at its peak.
        let folders = [output, standby].compactMap { $0 }.reduce(0) { $0 + $1.archivedSize }
        var writer = ArchiveWriter(capacity: 512 * documents.count + folders + (1 << 16))
        writer.add(Self.archiveMagic)
        writer.add(key)
        writer.add(settings)
        writer.addPart { writer in
            writer.add(output != nil)
            output?.archive(into: &writer, after: nil)
            writer.add(standby != nil)
            standby?.archive(into: &writer, after: output)
        }
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
        return writer.bytes
    }

    /// The cache in `bytes`, if they hold one made with `key` that reads back whole.
    static func unarchive(_ bytes: [UInt8], key: String, kinds: [DocumentKind]) -> CacheContents? {
        guard var contents = unarchiveDocuments(bytes, key: key, kinds: kinds),
            let folders = unarchiveFolders(bytes, key: key)
        else { return nil }
        (contents.output, contents.standby) = folders
        return contents
    }

    /// The settings, documents and related lists of the cache in `bytes`, without its folders.
    static func unarchiveDocuments(_ bytes: [UInt8], key: String, kinds: [DocumentKind]) -> CacheContents? {
        var reader = ArchiveReader(bytes)
        do throws(ArchiveReader.Malformed) {
            guard try reader.string() == archiveMagic, try reader.string() == key else { return nil }
            let settings = try reader.fingerprint()
            try reader.skipPart()
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
            guard reader.isAtEnd else { return nil }
            return CacheContents(settings: settings, documents: documents, related: related, output: nil, standby: nil)
        } catch {
            return nil
        }
    }

    /// The output and standby folders of the cache in `bytes`; nil if it holds none made with
    /// `key` that reads back whole.
    static func unarchiveFolders(_ bytes: [UInt8], key: String) -> (FolderContents?, FolderContents?)? {
        var reader = ArchiveReader(bytes)
        do throws(ArchiveReader.Malformed) {
            guard try reader.string() == archiveMagic, try reader.string() == key else { return nil }
            _ = try reader.fingerprint()
            return try reader.part { reader throws(ArchiveReader.Malformed) -> (FolderContents?, FolderContents?)? in
                var output: FolderContents?
                if try reader.bool() {
                    guard let folder = try FolderContents.unarchive(from: &reader, after: nil) else { return nil }
                    output = folder
                }
                var standby: FolderContents?
                if try reader.bool() {
                    guard let folder = try FolderContents.unarchive(from: &reader, after: output) else { return nil }
                    standby = folder
                }
                return (output, standby)
            }
        } catch {
            return nil
        }
    }
}
