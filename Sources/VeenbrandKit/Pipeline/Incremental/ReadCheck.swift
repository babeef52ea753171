/// Whether the files earlier builds made are still right, and what the files of this build
/// were made from: a file is still right when the fingerprint of what its reads give now
/// (`ReadValues`) is the one it was made with.
final class ReadCheck {
    private let values: ReadValues
    /// What the reads of the files made now give, each looked up once.
    private var known: [Read: Fingerprint] = [:]

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

    /// Looks up, on all cores, each of `reads` not known yet but those of files made first,
    /// which are known only once those files are (`setMade`).
    func lookUp(_ reads: some Sequence<Read>) {
        let new = Array(Set(reads.lazy.filter { $0.kind != .made && self.known[$0] == nil }))
        for (read, value) in zip(new, values.values(of: new)) { known[read] = value }
    }

    /// The fingerprint of what `reads` give now.
    func fingerprint(of reads: [Read]) -> Fingerprint {
        var fingerprint = Fingerprint()
        for read in reads {
            fingerprint.add(read.kind == .made ? values.value(of: read) : known[read] ?? values.value(of: read))
        }
        return fingerprint
    }

    /// Whether the file `made` (of a folder whose reads give `values` now) is still right.
    static func isCurrent(_ made: MadeFrom, _ values: [Fingerprint]) -> Bool {
        var fingerprint = Fingerprint()
        for place in made.reads { fingerprint.add(values[Int(place)]) }
        return fingerprint == made.fingerprint
    }
}
