/// Which of this build's files the output or the standby folder already holds right (every
/// read gives what it gave when the file was made), and, once the files are written, what
/// each was made from: its reads, as logged while it was made, or as kept for a file not made.
struct KnownFiles {
    let files: [OutputFile]
    /// How each of `files` is known, for the writer.
    let known: [OutputWriter.Known]
    /// The files, each logging what it reads when made.
    let logged: [OutputFile]
    private let reads: FileReads
    private let check: ReadCheck
    private let output: FolderContents?
    private let standby: FolderContents?
    /// Whether the output's file is still right, for each of `files`.
    private let inOutput: [Bool]

    init(_ files: [OutputFile], context: RenderContext, output: FolderContents?, standby: FolderContents?) {
        self.files = files
        self.output = output
        self.standby = standby
        let reads = FileReads(count: files.count)
        self.reads = reads
        logged = files.enumerated().map { $1.logging(into: reads, at: $0) }
        let check = ReadCheck(context.readValues())
        self.check = check
        // A file made first is read by others (`Read.made`) as what it was made from: looked
        // up once what those files are is known.
        var outputValues = output.map { check.values(of: $0.reads) } ?? []
        var made: [String: Fingerprint] = [:]
        if let output {
            for file in files where file.producer.isMadeFirst {
                if let entry = output.files[file.path], ReadCheck.isCurrent(entry, outputValues) {
                    made[file.path] = entry.fingerprint
                }
            }
            check.setMade(made)
            outputValues = check.madeLookedUpAgain(outputValues, of: output.reads)
        }
        let standbyValues = standby.map { check.values(of: $0.reads, after: output?.reads, outputValues) } ?? []
        let inOutput = files.map { file in
            output?.files[file.path].map { ReadCheck.isCurrent($0, outputValues) } ?? false
        }
        self.inOutput = inOutput
        known = zip(files, inOutput).map { file, inOutput in
            if let entry = standby?.files[file.path], ReadCheck.isCurrent(entry, standbyValues) { return .inStandby }
            return inOutput ? .inOutput : .nothing
        }
    }

    /// What the folder `folder` holds once the files are written: each file with its reads
    /// and their fingerprint.
    func contents(of folder: String) -> FolderContents {
        enum Origin {
            /// Made now: the numbers of its reads in `reads.reads`.
            case made([Int32])
            case kept(MadeFrom, from: FolderContents)
        }
        let origins: [Origin] = files.indices.map { index in
            if let made = reads[index] { return .made(made) }
            if inOutput[index], let output, let entry = output.files[files[index].path] {
                return .kept(entry, from: output)
            }
            guard let standby, let entry = standby.files[files[index].path] else {
                preconditionFailure("\(files[index].path) was neither made nor known")
            }
            return .kept(entry, from: standby)
        }
        // What the files made now read, each read once.
        let madeReads = reads.reads
        let madeValues = check.values(of: madeReads)
        // The last build's table goes on: the places of kept files stay as they are; a made
        // file's reads are added, in the order of their places.
        var table = output?.reads ?? ReadTable.new()
        for (index, origin) in origins.enumerated() {
            if case .made = origin, let earlier = output?.files[files[index].path] { table.find(earlier.reads) }
        }
        var placeOfMade = [Int32](repeating: -1, count: madeReads.count)
        var places = [[Int32]](repeating: [], count: files.count)
        var fingerprints = [Fingerprint](repeating: Fingerprint(), count: files.count)
        // The files made first, then the others, whose `Read.made` give the first ones'
        // fingerprints.
        for madeFirst in [true, false] {
            for (index, origin) in origins.enumerated() where files[index].producer.isMadeFirst == madeFirst {
                switch origin {
                case .made(let numbers):
                    for number in numbers where placeOfMade[Int(number)] < 0 {
                        placeOfMade[Int(number)] = table.place(of: madeReads[Int(number)])
                    }
                    // Its reads in the order of their places, as `ReadCheck.isCurrent` takes them.
                    var fingerprint = Fingerprint()
                    for number in numbers.map(Int.init).sorted(by: { placeOfMade[$0] < placeOfMade[$1] }) {
                        let read = madeReads[number]
                        fingerprint.add(read.kind == .made ? check.value(ofMade: read) : madeValues[number])
                        places[index].append(placeOfMade[number])
                    }
                    fingerprints[index] = fingerprint
                case .kept(let entry, let folder):
                    places[index] =
                        table.extends(folder.reads)
                        ? entry.reads : entry.reads.map { table.place(of: folder.reads[$0]) }
                    fingerprints[index] = entry.fingerprint
                }
            }
            if madeFirst {
                check.setMade(
                    Dictionary(
                        files.indices.filter { files[$0].producer.isMadeFirst }.map {
                            (files[$0].path, fingerprints[$0])
                        },
                        uniquingKeysWith: { _, last in last }))
            }
        }
        // The output's entries, changed where a file is not the one kept there.
        var entries = output?.files ?? [:]
        for (index, origin) in origins.enumerated() {
            if case .kept(_, let from) = origin, from.folder == output?.folder { continue }
            entries[files[index].path] = MadeFrom(fingerprint: fingerprints[index], reads: places[index])
        }
        if entries.count != files.count {  // some of the output's files are no longer in the site
            let paths = Set(files.map(\.path))
            entries = entries.filter { paths.contains($0.key) }
        }
        if let (compacted, remapped) = table.compacted(entries) {
            return FolderContents(folder: folder, reads: compacted, files: remapped)
        }
        return FolderContents(folder: folder, reads: table.settled(), files: entries)
    }
}
