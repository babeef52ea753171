/// A folder's contents in the cache file: its table of reads (or, for the standby folder
/// whose table is the start of the output's, how many of the output's it has), then each file
/// with its fingerprint and the places of its reads.
extension FolderContents {
    /// The bytes it takes, about: room for the writer.
    var archivedSize: Int {
        files.reduce(reads.reads.reduce(64) { $0 + $1.name.utf8.count + 4 }) {
            $0 + $1.key.utf8.count + 16 + 3 * $1.value.reads.count
        }
    }

    func archive(into writer: inout ArchiveWriter, after earlier: FolderContents?) {
        writer.add(folder)
        writer.add(reads.lineage)
        if let earlier, earlier.reads.extends(reads) {
            writer.add(true)
            writer.add(UInt64(reads.count))
        } else {
            writer.add(false)
            writer.add(UInt64(reads.count))
            for read in reads.reads {
                writer.add(UInt64(read.kind.rawValue))
                writer.add(read.name)
                writer.add(read.number)
            }
        }
        writer.add(UInt64(files.count))
        // In the dictionary's order: the cache is read back into one, and sorting the paths
        // took about 40 % of writing the folders.
        for (path, made) in files {
            writer.add(path)
            writer.add(made.fingerprint)
            writer.add(UInt64(made.reads.count))
            // Each place as the step from the one before: mostly one byte, as places are sorted.
            var previous = 0
            for place in made.reads {
                writer.add(Int(place) - previous)
                previous = Int(place)
            }
        }
    }

    /// The folder at the reader, or nil if what it holds makes no sense.
    static func unarchive(
        from reader: inout ArchiveReader, after earlier: FolderContents?
    ) throws(ArchiveReader.Malformed) -> FolderContents? {
        let folder = try reader.string()
        let lineage = try reader.unsigned()
        var reads: [Read] = []
        if try reader.bool() {
            let count = try reader.count()
            guard let earlier, earlier.reads.lineage == lineage, count <= earlier.reads.count else { return nil }
            reads = Array(earlier.reads.reads.prefix(count))
        } else {
            for _ in 0..<(try reader.count()) {
                let raw = try reader.unsigned()
                guard raw <= UInt8.max, let kind = Read.Kind(rawValue: UInt8(raw)) else { return nil }
                reads.append(Read(kind, try reader.string(), try reader.int()))
            }
        }
        var files: [String: MadeFrom] = [:]
        let count = try reader.count()
        files.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.outputPath()
            let fingerprint = try reader.fingerprint()
            var places: [Int32] = []
            var place = 0
            for _ in 0..<(try reader.count()) {
                let (next, overflow) = place.addingReportingOverflow(try reader.int())
                guard !overflow, (0..<reads.count).contains(next) else { return nil }
                place = next
                places.append(Int32(place))
            }
            files[path] = MadeFrom(fingerprint: fingerprint, reads: places)
        }
        return FolderContents(folder: folder, reads: ReadTable(reads, lineage: lineage), files: files)
    }
}
