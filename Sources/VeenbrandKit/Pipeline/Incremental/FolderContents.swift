/// What a folder holds: each file's path, what its producer read when it was made, and the
/// fingerprint of what those reads gave then (`ReadCheck` says whether they give it still).
struct FolderContents: Sendable, Equatable {
    let folder: String
    /// Every read of its files; a file names its reads by their places here.
    let reads: ReadTable
    let files: [String: MadeFrom]
}

/// What one file was made from: its reads (places in `FolderContents.reads`) and the
/// fingerprint of their values then.
struct MadeFrom: Sendable, Equatable {
    let fingerprint: Fingerprint
    let reads: [Int32]
}

/// The reads of a folder's files, each at a place. A build's table is the last one's with the
/// reads of the files it made added at the end: the files it keeps keep their places, and the
/// standby folder's table (the last build's) is the start of the output's, so both are looked
/// up at once. The tables of one line (`lineage`) grow so; one that holds more than twice the
/// reads its files use is made again from those alone, as a new line (`compacted`).
struct ReadTable: Sendable, Equatable {
    private(set) var reads: [Read]
    let lineage: UInt64
    /// Places of the reads added to this table since it went on from the last build's.
    private var added: [Read: Int32] = [:]

    init(_ reads: [Read], lineage: UInt64) {
        self.reads = reads
        self.lineage = lineage
    }

    /// A new, empty line.
    static func new() -> ReadTable { ReadTable([], lineage: UInt64.random(in: 1...UInt64.max)) }

    var count: Int { reads.count }
    subscript(place: Int32) -> Read { reads[Int(place)] }

    /// Whether `earlier`'s reads are the first ones of this table, at the same places.
    func extends(_ earlier: ReadTable) -> Bool { earlier.lineage == lineage && earlier.count <= count }

    /// Lets `place(of:)` find the reads at `places` too: those a file read when it was made
    /// last, most of which it reads again.
    mutating func find(_ places: [Int32]) {
        for place in places where added[reads[Int(place)]] == nil { added[reads[Int(place)]] = place }
    }

    /// The place of `read` among those added since the last build or made findable (`find`),
    /// added if it is not there.
    mutating func place(of read: Read) -> Int32 {
        if let place = added[read] { return place }
        let place = Int32(reads.count)
        reads.append(read)
        added[read] = place
        return place
    }

    static func == (left: ReadTable, right: ReadTable) -> Bool {
        left.lineage == right.lineage && left.reads == right.reads
    }

    /// This table with only the reads `files` use, if it holds more than twice those (and
    /// the files with their places in it); nil if it is worth keeping as it is.
    func compacted(_ files: [String: MadeFrom]) -> (ReadTable, [String: MadeFrom])? {
        var used = [Bool](repeating: false, count: reads.count)
        for made in files.values { for place in made.reads { used[Int(place)] = true } }
        let usedCount = used.count { $0 }
        guard reads.count > 2 * usedCount + 1024 else { return nil }
        var table = ReadTable.new()
        var places = [Int32](repeating: -1, count: reads.count)
        for (place, read) in reads.enumerated() where used[place] { places[place] = table.place(of: read) }
        table.added = [:]
        return (
            table, files.mapValues { MadeFrom(fingerprint: $0.fingerprint, reads: $0.reads.map { places[Int($0)] }) }
        )
    }

    /// The table as the next build goes on from it.
    func settled() -> ReadTable { ReadTable(reads, lineage: lineage) }
}
