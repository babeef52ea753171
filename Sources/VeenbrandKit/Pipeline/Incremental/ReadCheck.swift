/// Whether the files earlier builds made are still right, and what the files of this build
/// were made from: a file is still right when the fingerprint of what its reads give now
/// (`ReadValues`) is the one it was made with.
final class ReadCheck {
    private let values: ReadValues

    init(_ values: ReadValues) { self.values = values }

    /// The fingerprints of the files made first, by output path: what `Read.made` gives.
    func setMade(_ made: [String: Fingerprint]) { values.made = made }

    /// What each read of `table` gives now, by place, on all cores; the places a table shares
    /// with `earlier` (of its line: the start of the longer is the shorter) are taken from what
    /// those give (`earlierValues`).
    func values(of table: ReadTable, after earlier: ReadTable? = nil, _ earlierValues: [Fingerprint] = [])
        -> [Fingerprint]
    {
        let shared = earlier.map { $0.lineage == table.lineage ? min($0.count, table.count) : 0 } ?? 0
        let start = min(shared, earlierValues.count)
        return Array(earlierValues.prefix(start))
            + (start..<table.count).concurrentMap { values.value(of: table[Int32($0)]) }
    }

    /// `tableValues` with the reads of files made first (`Read.made`) looked up again.
    func madeLookedUpAgain(_ tableValues: [Fingerprint], of table: ReadTable) -> [Fingerprint] {
        var tableValues = tableValues
        for place in tableValues.indices where table[Int32(place)].kind == .made {
            tableValues[place] = values.value(of: table[Int32(place)])
        }
        return tableValues
    }

    /// What each of `reads` gives now, on all cores; a read of a file made first
    /// (`Read.made`) is looked up on its own, once those files are known (`value(ofMade:)`).
    func values(of reads: [Read]) -> [Fingerprint] {
        reads.concurrentMap { $0.kind == .made ? Fingerprint() : values.value(of: $0) }
    }

    /// What a read of a file made first gives, now that the files made first are known.
    func value(ofMade read: Read) -> Fingerprint { values.value(of: read) }

    /// Whether the file `made` (of a folder whose reads give `values` now) is still right.
    static func isCurrent(_ made: MadeFrom, _ values: [Fingerprint]) -> Bool {
        var fingerprint = Fingerprint()
        for place in made.reads { fingerprint.add(values[Int(place)]) }
        return fingerprint == made.fingerprint
    }
}
