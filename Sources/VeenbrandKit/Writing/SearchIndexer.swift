import Foundation

/// Pagefind, which indexes the finished site for its search page. It runs on the complete new
/// site (the standby folder) before that is swapped in, so the output's index always matches
/// its pages, and a failure leaves the output as it was. Pagefind reads the articles'
/// `data-pagefind-body` and the pages' `lang`, and writes `pagefind/`, the same bytes for the
/// same pages.
public struct SearchIndexer: Sendable, Hashable {
    /// The `pagefind` program.
    public let executable: String
    /// How long Pagefind may take, in seconds, before it is stopped and the build fails: 15
    /// minutes by default (a 10,000-article site takes under a minute), or
    /// `$VEENBRAND_PAGEFIND_TIMEOUT`.
    public let timeLimit: Double

    /// 15 minutes.
    public static let defaultTimeLimit: Double = 900

    /// Pagefind at `executable`.
    public init(executable: String, timeLimit: Double = SearchIndexer.defaultTimeLimit) {
        self.executable = executable
        self.timeLimit = timeLimit
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

    /// Indexes the site in `folder` anew (its old index removed first). Pagefind writes into a
    /// folder of its own beside `folder`, named for this run, which is moved in when it is done:
    /// a Pagefind left running by a killed build can never write into a later build's site.
    func index(site folder: String) throws(BuildError) {
        try? FileManager.default.removeItem(atPath: folder + "/" + Self.folder)
        let parent = (folder as NSString).deletingLastPathComponent
        let prefix = (folder as NSString).lastPathComponent + ".search-"
        for stale in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where stale.hasPrefix(prefix)
        {
            try? FileManager.default.removeItem(atPath: parent + "/" + stale)
        }
        let written = folder + ".search-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: written) }
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(
                executable, ["--site", folder, "--output-path", written, "--silent"], timeLimit: timeLimit)
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
        guard rename(written, folder + "/" + Self.folder) == 0 else {
            throw BuildError(
                path: folder, "cannot move the search index into the site: \(String(cString: strerror(errno)))")
        }
    }
}
