import Foundation

/// Pagefind, which indexes the finished site for its search page. It runs on the complete new
/// site (the standby folder) before that is swapped in, so the output's index always matches
/// its pages, and a failure leaves the output as it was. Pagefind reads the articles'
/// `data-pagefind-body` and the pages' `lang`, and writes `pagefind/`, the same bytes for the
/// same pages.
public struct SearchIndexer: Sendable, Hashable {
    /// The `pagefind` program.
    public let executable: String

    /// Pagefind at `executable`.
    public init(executable: String) { self.executable = executable }

    /// The folder Pagefind writes its index into, in the site.
    static let folder = SearchPage.indexFolder

    /// Pagefind, if installed: `$VEENBRAND_PAGEFIND`, `pagefind` on the `PATH`, or the binary of
    /// Python's `pagefind_bin` package (PyPI `pagefind-bin`); nil otherwise.
    public static func installed(environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchIndexer?
    {
        if let path = environment["VEENBRAND_PAGEFIND"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? SearchIndexer(executable: path) : nil
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let path = String(folder) + "/pagefind"
            if FileManager.default.isExecutableFile(atPath: path) { return SearchIndexer(executable: path) }
        }
        let python = "import pagefind_bin; print(pagefind_bin.get_executable())"
        guard let (status, output, _) = try? run("/usr/bin/env", ["python3", "-c", python]), status == 0 else {
            return nil
        }
        let path = output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: path) ? SearchIndexer(executable: path) : nil
    }

    /// Indexes the site in `folder` anew (its old index removed first).
    func index(site folder: String) throws(BuildError) {
        try? FileManager.default.removeItem(atPath: folder + "/" + Self.folder)
        let result: (status: Int32, output: String, errors: String)
        do {
            result = try Self.run(executable, ["--site", folder, "--output-subdir", Self.folder, "--silent"])
        } catch {
            throw BuildError(
                path: executable, "cannot run Pagefind for the search index: \(error.localizedDescription)")
        }
        guard result.status == 0 else {
            let reason = (result.errors + result.output).trimmingCharacters(in: .whitespacesAndNewlines)
            throw BuildError(
                path: executable, "Pagefind could not index the site for search: \(OneLine.escaped(reason))")
        }
    }

    private static func run(_ program: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both to the end before waiting, so a full pipe cannot stall the program.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }
}
