import Foundation
import Synchronization

/// Pagefind, which indexes the finished site for its search page. It runs on the complete new
/// site (the standby folder) before that is swapped in, so the output's index always matches
/// its pages, and a failure leaves the output as it was. Pagefind reads the articles'
/// `data-pagefind-body` and the pages' `lang`, and writes `pagefind/`, the same bytes for the
/// same pages. Pagefind has no incremental mode: the index is cut into shards, and only the
/// shards whose pages changed are indexed again.
public struct SearchIndexer: Sendable, Hashable {
    /// The `pagefind` program.
    public let executable: String
    /// How long Pagefind may take, in seconds, before it is stopped and the build fails: 15
    /// minutes by default (a 10,000-article site takes under a minute), or
    /// `$VEENBRAND_PAGEFIND_TIMEOUT`.
    public let timeLimit: Double

    /// 15 minutes.
    public static let defaultTimeLimit: Double = 900

    /// How the index is cut into shards.
    let shards: SearchShards

    /// Pagefind at `executable`.
    public init(executable: String, timeLimit: Double = SearchIndexer.defaultTimeLimit) {
        self.init(executable: executable, timeLimit: timeLimit, shards: .standard)
    }

    init(executable: String, timeLimit: Double, shards: SearchShards) {
        self.executable = executable
        self.timeLimit = timeLimit
        self.shards = shards
    }

    /// The folder Pagefind writes its index into, in the site.
    static let folder = SearchPage.indexFolder

    /// Pagefind, if installed: `$VEENBRAND_PAGEFIND`, `pagefind` on the `PATH`, or the binary of
    /// Python's `pagefind_bin` package (PyPI `pagefind-bin`); nil otherwise.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchIndexer?
    {
        let limit =
            environment["VEENBRAND_PAGEFIND_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil }
            ?? defaultTimeLimit
        if let path = environment["VEENBRAND_PAGEFIND"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path)
                ? SearchIndexer(executable: path, timeLimit: limit) : nil
        }
        if let path = onPath(environment) { return SearchIndexer(executable: path, timeLimit: limit) }
        let python = "import pagefind_bin; print(pagefind_bin.get_executable())"
        guard let outcome = try? ChildProcess.run("/usr/bin/env", ["python3", "-c", python], timeLimit: 60),
            outcome.ending == .exited(0)
        else {
            return nil
        }
        let path = outcome.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path)
            ? SearchIndexer(executable: path, timeLimit: limit) : nil
    }

    /// The first `pagefind` program in the `PATH` of `environment`, if any.
    static func onPath(_ environment: [String: String]) -> String? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let path = String(folder) + "/pagefind"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Indexes the site in `folder` anew, shard by shard (`SearchShards`): `pagefind/` then
    /// holds a folder for each shard, named for the fingerprint of its pages' paths and bytes
    /// and of Pagefind, and `shards.json`, the list of those folders that the search page
    /// merges. A shard whose folder `folder` or `live` (the output) already has is kept or
    /// linked; only the others are indexed, each by a Pagefind run of its own on a folder of
    /// links to its pages, `lanes` at a time. `files` are the site's files (relative to
    /// `folder`), else looked up.
    ///
    /// Everything is written into a folder of its own beside `folder`, named for this run, and
    /// moved in when it is done: a Pagefind left running by a killed build can never write into
    /// a later build's site.
    func index(site folder: String, live: String? = nil, files: [String]? = nil) throws(BuildError) {
        let parent = (folder as NSString).deletingLastPathComponent
        let prefix = (folder as NSString).lastPathComponent + ".search-"
        for stale in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where stale.hasPrefix(prefix)
        {
            try? FileManager.default.removeItem(atPath: parent + "/" + stale)
        }
        let work = folder + ".search-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        let site = files ?? FileOperations.files(under: folder).filter { !$0.hasPrefix(Self.folder + "/") }
        let kept = live ?? folder
        let pages = SearchPages(site: folder, files: site, memo: SearchPagesMemo.read(forOutput: kept))
        let shards = self.shards.cut(pages.paths)
        let pagefind = identity
        let names = shards.map { pages.fingerprint(of: $0, pagefind: pagefind).hexDigits }
        let written = work + "/" + Self.folder
        let deadline = ContinuousClock.now + .seconds(timeLimit)
        do {
            try FileOperations.makeFolders(for: written + "/x")
            let sites = [folder, live].compactMap { $0 }
            let pending = zip(names, shards).filter { name, _ in
                !SearchShardFolder.reuse(name, from: sites, at: written + "/" + name)
            }
            // `lanes` Pagefinds at a time, each indexing every so many of the pending shards; after
            // a failure no lane starts another, and the failure of the earliest shard is the one told.
            let lanes = Swift.min(Self.lanes, pending.count)
            let failed = Mutex(false)
            let failures = (0..<lanes).concurrentMap { lane -> (shard: Int, error: any Error)? in
                for index in stride(from: lane, to: pending.count, by: lanes) {
                    if failed.withLock({ $0 }) { return nil }
                    let (name, shard) = pending[index]
                    do {
                        let mirror = work + "/pages-" + name
                        try SearchShardFolder.mirror(shard, of: folder, in: mirror)
                        try run(site: mirror, into: written + "/" + name, deadline: deadline)
                        SearchShardFolder.prune(written + "/" + name)
                    } catch {
                        failed.withLock { $0 = true }
                        return (index, error)
                    }
                }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).min(by: { $0.shard < $1.shard }) { throw failure.error }
            try FileOperations.put(SearchShardFolder.list(names), at: written + "/shards.json")
        } catch let error as BuildError {
            throw error
        } catch let error as FileOperations.Failure {
            throw BuildError(path: error.path, "cannot write the search index: \(error.reason)")
        } catch {
            throw BuildError(path: folder, "cannot write the search index: \(error.localizedDescription)")
        }
        try? FileManager.default.removeItem(atPath: folder + "/" + Self.folder)
        guard rename(written, folder + "/" + Self.folder) == 0 else {
            throw BuildError(
                path: folder, "cannot move the search index into the site: \(String(cString: strerror(errno)))")
        }
        pages.memo.write(forOutput: kept)
    }

    /// What tells one Pagefind from another: a fingerprint of the program's bytes, the same on
    /// every machine (pip gives the file a new time at each install, and another machine may
    /// keep it at another path), so the same pages and Pagefind give the same shard names.
    private var identity: String {
        guard let program = try? Data(contentsOf: URL(fileURLWithPath: executable), options: .alwaysMapped) else {
            return executable
        }
        var fingerprint = Fingerprint()
        program.withUnsafeBytes { fingerprint.add(bytes: $0.bindMemory(to: UInt8.self)) }
        return fingerprint.hexDigits
    }

    /// How many Pagefinds index shards at once. One keeps about 1.3 of two cores busy (it reads
    /// and writes between its threads' work); two at a time finish a whole index sooner, and more
    /// would only add their memory (about 150 MiB each) on a bigger machine, where each one's
    /// own threads already use the other cores.
    static let lanes = 2

    /// Pagefind on the site in `site`, writing its index into `target`.
    private func run(site: String, into target: String, deadline: ContinuousClock.Instant) throws(BuildError) {
        let left = deadline - ContinuousClock.now
        let seconds = max(0.001, Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18)
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(
                executable, ["--site", site, "--output-path", target, "--silent"], timeLimit: seconds)
        } catch {
            throw BuildError(path: executable, "cannot run Pagefind for the search index: \(error.description)")
        }
        let reason = OneLine.escaped(outcome.output.trimmingCharacters(in: .whitespacesAndNewlines))
        switch outcome.ending {
        case .exited(0): break
        case .outOfTime:
            throw BuildError(
                path: executable,
                "Pagefind did not finish within \(Int(timeLimit)) seconds and was stopped; the output is as it was "
                    + "(set VEENBRAND_PAGEFIND_TIMEOUT for a longer limit, or build with --no-search): \(reason)")
        case .exited(let status):
            throw BuildError(
                path: executable, "Pagefind could not index the site for search (exit status \(status)): \(reason)")
        case .unknown:
            throw BuildError(path: executable, "Pagefind's exit status could not be learned: \(reason)")
        case .signalled(let signal):
            throw BuildError(path: executable, "Pagefind was stopped by signal \(signal): \(reason)")
        }
    }
}

extension Fingerprint {
    /// The value in sixteen hexadecimal digits.
    var hexDigits: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
