import Foundation
import Testing

@testable import VeenbrandKit

/// Where `veenbrand build` finds Pagefind: the environment and the `PATH` first, then what an
/// earlier build of the same output learned from Python, then Python (slow) itself.
@Suite struct SearchIndexerMemoTests {
    let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "veenbrand-memo-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    var output: URL { folder.appendingPathComponent("output") }
    var memo: URL { folder.appendingPathComponent(".output.pagefind") }

    func program(_ name: String) throws -> String {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "#!/bin/sh\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        return file.path
    }

    @Test func aRememberedProgramIsUsedWithoutAskingPython() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let remembered = try program("remembered/pagefind")
        try remembered.write(to: memo, atomically: true, encoding: .utf8)
        // No pagefind on this PATH: the memo names the program before Python is asked.
        let found = SearchIndexer.installed(besideOutput: output, environment: ["PATH": folder.path + "/none"])
        #expect(found?.executable == remembered)
    }

    @Test func thePathAndTheEnvironmentComeBeforeTheMemo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try program("remembered/pagefind").write(to: memo, atomically: true, encoding: .utf8)
        let onPath = try program("bin/pagefind")
        #expect(
            SearchIndexer.installed(besideOutput: output, environment: ["PATH": folder.path + "/bin"])?.executable
                == onPath)
        let named = try program("named/pagefind")
        #expect(
            SearchIndexer.installed(
                besideOutput: output, environment: ["PATH": folder.path + "/bin", "VEENBRAND_PAGEFIND": named]
            )?.executable == named)
    }

    @Test func aMemoThatNamesNoProgramIsAskedAgainAndRenewed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let gone = folder.path + "/gone/pagefind"
        try gone.write(to: memo, atomically: true, encoding: .utf8)
        // Python is asked again (this machine's: scripts/setup.sh installs pagefind_bin), and its
        // answer kept.
        let found = try #require(
            SearchIndexer.installed(besideOutput: output, environment: ["PATH": folder.path + "/none"]),
            "Python's pagefind_bin is installed (scripts/setup.sh)")
        #expect(found.executable != gone)
        let kept = try String(contentsOf: memo, encoding: .utf8)
        #expect(kept == found.executable)
    }

    /// The first build of an output whose folder does not exist yet remembers the answer too.
    @Test func theAnswerIsKeptBesideAnOutputNotMadeYet() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("nieuw/site/output")
        let found = try #require(
            SearchIndexer.installed(besideOutput: output, environment: ["PATH": folder.path + "/none"]),
            "Python's pagefind_bin is installed (scripts/setup.sh)")
        let memo = folder.appendingPathComponent("nieuw/site/.output.pagefind")
        #expect((try? String(contentsOf: memo, encoding: .utf8)) == found.executable)
    }
}
