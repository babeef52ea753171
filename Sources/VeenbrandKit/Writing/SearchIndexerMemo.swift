import Foundation

extension SearchIndexer {
    /// Pagefind as `installed(environment:)` finds it, but the answer of its slow way (asking
    /// Python where the `pagefind_bin` package keeps its binary: 0.1–0.2 s, more than a whole
    /// build with nothing to do) is remembered beside the output folder (`.output.pagefind`) and
    /// used while that file is still a program. `$VEENBRAND_PAGEFIND` and the `PATH` come first.
    public static func installed(
        besideOutput output: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SearchIndexer? {
        guard environment["VEENBRAND_PAGEFIND"]?.isEmpty != false, onPath(environment) == nil else {
            return installed(environment: environment)
        }
        // Beside the output as the build resolves it, like the build's other files.
        let memo = OutputSibling.path("pagefind", beside: output.standardizedFileURL.resolvingSymlinksInPath().path)
        if let remembered = try? String(contentsOfFile: memo, encoding: .utf8),
            FileManager.default.isExecutableFile(atPath: remembered)
        {
            return installed(environment: environment.merging(["VEENBRAND_PAGEFIND": remembered]) { _, new in new })
        }
        guard let found = installed(environment: environment) else { return nil }
        // The folder the output goes into, made now as the build would make it.
        if (try? FileOperations.makeFolders(for: memo)) != nil {
            try? FileOperations.replace(memo, with: Array(found.executable.utf8))
        }
        return found
    }
}
