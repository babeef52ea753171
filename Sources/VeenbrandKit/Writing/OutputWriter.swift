import CAtomicSwap
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the site, whole or not at all, and only what needs writing.
///
/// The site is written into a standby folder beside the output folder (`.output.previous`) and
/// swapped with it in one step (`renameat2(RENAME_EXCHANGE)`) only when complete, so a failed
/// or interrupted build leaves the previous output as it was. The standby folder then holds
/// the previous site, so the next build need only bring it up to date. For each file the
/// writer is told what is already known to be right (`Known`): it does the cheapest thing
/// that gives the right bytes, and makes the file only when nothing is known.
struct OutputWriter: Sendable {
    /// The output folder, symbolic links resolved.
    let output: String
    /// The folder that holds the previous site between builds, and the next one while it is written.
    let standby: String
    /// Present while the standby folder is being written: its contents are then unknown.
    let marker: String
    /// The site folder, which copied files are named relative to.
    let source: String
    /// Indexes each new site for search before it is swapped in, if set.
    let search: SearchIndexer?

    /// What is known about a file before it is made.
    enum Known: Sendable, Equatable {
        case nothing
        /// The standby folder holds the file as the site needs it.
        case inStandby
        /// The output folder does.
        case inOutput
    }

    /// Refuses output folders whose replacement would destroy sources, someone's files or
    /// something bigger (see `OutputFolderRules`). `home` is the user's home folder.
    init(output: URL, source: URL, search: SearchIndexer? = nil, home: String = NSHomeDirectory())
        throws(BuildFailure)
    {
        let outputPath = output.standardizedFileURL.resolvingSymlinksInPath().path
        let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
        if let refusal = OutputFolderRules.refusal(output: outputPath, source: sourcePath, home: home) {
            throw BuildFailure([BuildError(path: output.path, refusal)])
        }
        self.output = outputPath
        self.source = sourcePath
        self.search = search
        standby = OutputSibling.path("previous", beside: outputPath)
        marker = OutputSibling.path("writing", beside: outputPath)
    }

    /// Runs `body` holding the output's lock (a file beside it): another build of the same
    /// output waits until this one is done (and `waiting` is called first).
    func locked<T>(waiting: () -> Void = {}, _ body: () throws(BuildFailure) -> T) throws(BuildFailure) -> T {
        let lock: Int32
        do { lock = try takeLock(waiting: waiting) } catch { throw failure(error) }
        defer { close(lock) }
        return try body()
    }

    /// Whether a build was interrupted while it wrote the standby folder (its marker is there).
    var wasInterrupted: Bool { access(marker, F_OK) == 0 }

    /// Whether `folder` exists as a folder.
    func exists(_ folder: String) -> Bool { FileSystem.isDirectory(folder) }

    /// Makes the standby folder hold exactly `files` (and the search index), the first half of
    /// replacing the output: if it fails, the output has not been touched. `standbyHolds` lists
    /// the standby folder's files if known (else it is looked at).
    func prepareStandby(with files: [OutputFile], known: [Known], standbyHolds: [String]?) throws(BuildFailure) {
        do {
            guard FileManager.default.createFile(atPath: marker, contents: nil) else {
                throw FileOperations.Failure(path: marker)
            }
            try fillStandby(files, known: known, standbyHolds: standbyHolds)
            if let search {
                try search.index(site: standby, live: output, files: files.map(\.path))
            } else {
                // No index this time: none of an earlier build's may stay behind.
                let index = standby + "/" + SearchIndexer.folder
                if FileSystem.kind(of: index) != .missing {
                    do { try FileManager.default.removeItem(atPath: index) } catch {
                        throw FileOperations.Failure(path: index)
                    }
                }
            }
        } catch {
            throw failure(error)
        }
    }

    /// Swaps the prepared standby folder in; the standby folder then holds the previous site.
    /// Returns whether there was one.
    func swapIn() throws(BuildFailure) -> Bool {
        do { return try swapStandbyIn() } catch { throw failure(error) }
    }

    /// Brings the output folder itself up to `files`, file by file (the preview server's own
    /// folder, which no one deploys): files known to be right are left alone, the others are
    /// made and, if their bytes changed, written beside and renamed over; files in `holds`
    /// that the site no longer has are removed.
    func updateOutput(with files: [OutputFile], known: [Known], holds: [String]) throws(BuildFailure) {
        do {
            let root = output
            try Self.inPhases(files, known, in: root) { file, known, made throws in
                guard case .nothing = known else { return }
                let path = root + "/" + file.path
                switch try file.contents(made) {
                case .text(var text):
                    if text.withUTF8({ FileOperations.hasContents($0, at: path) }) { return }
                    try FileOperations.replace(path, with: Array(text.utf8))
                case .bytes(let bytes):
                    if bytes.withUnsafeBufferPointer({ FileOperations.hasContents($0, at: path) }) { return }
                    try FileOperations.replace(path, with: bytes)
                case .copy(let relative):
                    try FileOperations.replace(path, withCopyOf: source + "/" + relative)
                }
            }
            let kept = Set(files.map(\.path))
            for path in holds.filter({ !kept.contains($0) }).sorted() {
                FileOperations.remove(root + "/" + path, under: root)
            }
        } catch {
            throw failure(error)
        }
    }

    /// The writing is over and what it left is recorded: the marker goes.
    func finish() { unlink(marker) }

    /// For each file, the cheapest way that gives the right bytes: the standby folder holds it
    /// already → nothing; the output does → a hard link to it; else the file is made, and
    /// linked to the output's file if the bytes are the same, or written. Files the site no
    /// longer has are removed.
    private func fillStandby(_ files: [OutputFile], known: [Known], standbyHolds: [String]?) throws {
        let live = output
        let hasLive = exists(live)
        if isLink(standby) || [.file, .special].contains(FileSystem.kind(of: standby)) { try removeStray(standby) }
        let fresh = !exists(standby)
        try FileOperations.makeFolders(for: standby + "/x")
        let standby = self.standby
        let source = self.source
        try Self.inPhases(files, known, in: standby) { file, known, made throws in
            let target = standby + "/" + file.path
            let current = live + "/" + file.path
            switch known {
            case .inStandby: return
            case .inOutput: if FileOperations.share(current, at: target) { return }
            case .nothing: break
            }
            switch try file.contents(made) {
            case .text(var text):
                if hasLive, text.withUTF8({ FileOperations.hasContents($0, at: current) }),
                    FileOperations.share(current, at: target)
                {
                    return
                }
                try FileOperations.put(text, at: target, fresh: fresh)
            case .bytes(let bytes):
                if hasLive, bytes.withUnsafeBufferPointer({ FileOperations.hasContents($0, at: current) }),
                    FileOperations.share(current, at: target)
                {
                    return
                }
                try FileOperations.put(bytes, at: target, fresh: fresh)
            case .copy(let relative):
                let from = source + "/" + relative
                if hasLive, let bytes = FileManager.default.contents(atPath: from),
                    bytes.withUnsafeBytes({ FileOperations.hasContents($0.bindMemory(to: UInt8.self), at: current) }),
                    FileOperations.share(current, at: target)
                {
                    return
                }
                try FileOperations.copy(from, to: target)
            }
        }
        let kept = Set(files.map(\.path))
        for path in standbyHolds ?? FileOperations.files(under: standby) where !kept.contains(path) {
            FileOperations.remove(standby + "/" + path, under: standby)
        }
    }

    /// Swaps the finished standby folder with the output folder (the standby then holds the
    /// previous site); true if there was a previous site.
    private func swapStandbyIn() throws -> Bool {
        guard FileManager.default.fileExists(atPath: output) else {
            guard rename(standby, output) == 0 else { throw FileOperations.Failure(path: output) }
            return false
        }
        if veenbrand_exchange_paths(standby, output) == 0 { return true }
        // No atomic exchange here: three renames, with a moment between them, undone if one fails.
        let aside = OutputSibling.path("aside", beside: output)
        guard rename(output, aside) == 0 else { throw FileOperations.Failure(path: output) }
        guard rename(standby, output) == 0 else {
            let failure = FileOperations.Failure(path: output)
            rename(aside, output)
            throw failure
        }
        guard rename(aside, standby) == 0 else { throw FileOperations.Failure(path: standby) }
        return true
    }

    private func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// A standby path that is not our folder (a file, a link): it is replaced.
    private func removeStray(_ path: String) throws {
        guard unlink(path) == 0 else { throw FileOperations.Failure(path: path) }
    }

    private func takeLock(waiting: () -> Void) throws -> Int32 {
        try FileOperations.makeFolders(for: output)
        let path = OutputSibling.path("lock", beside: output)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileOperations.Failure(path: path) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return descriptor }
        waiting()
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw FileOperations.Failure(path: path)
            }
        }
        return descriptor
    }

    private func failure(_ error: Error) -> BuildFailure {
        switch error {
        case let failure as BuildFailure: failure
        case let error as BuildError: BuildFailure([error])
        case let error as FileOperations.Failure:
            BuildFailure([BuildError(path: error.path, "cannot write the site: \(error.reason)")])
        default: BuildFailure([BuildError(path: output, "cannot write the site: \(error.localizedDescription)")])
        }
    }

    /// Runs `body` for every file on all cores, the files made first (`Producer.isMadeFirst`)
    /// before the others, which are given their sizes as they are in `folder`; throws the first
    /// failure (by file order).
    private static func inPhases(
        _ files: [OutputFile], _ known: [Known], in folder: String,
        _ body: (OutputFile, Known, MadeFiles) throws -> Void
    ) throws {
        let first = files.indices.filter { files[$0].producer.isMadeFirst }
        try each(first, files, known) { try body($0, $1, .none) }
        var sizes: [String: Int] = [:]
        for index in first { sizes[files[index].path] = FileStamp.of(folder + "/" + files[index].path)?.size }
        let made = MadeFiles(sizes: sizes)
        try each(files.indices.filter { !files[$0].producer.isMadeFirst }, files, known) {
            try body($0, $1, made)
        }
    }

    /// Runs `body` for the files at `indices` on all cores; throws the first failure (by file order).
    private static func each(
        _ indices: [Int], _ files: [OutputFile], _ known: [Known], _ body: (OutputFile, Known) throws -> Void
    ) throws {
        let failures = indices.concurrentMap { index -> Error? in
            do {
                try body(files[index], known.isEmpty ? .nothing : known[index])
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }
}
