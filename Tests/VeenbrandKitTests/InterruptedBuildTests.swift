import Foundation
import Testing

@testable import VeenbrandKit

/// `kill -9` at any moment of a build leaves a complete site in `output/`: the previous one, or
/// the new one once it has been swapped in, never a mixture or nothing.
@Suite struct InterruptedBuildTests {
    /// The `veenbrand` binary SwiftPM built beside the test bundle.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("veenbrand")

    @Test func killedBuildsLeaveACompleteSite() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the veenbrand product first")
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        for number in 0..<500 {
            try site.write(
                "content/nieuws/artikel-\(number).md",
                "---\ntitle: Artikel \(number)\ndate: 2021-01-01\nthemes: [Doe je mee?]\n---\n\n"
                    + String(repeating: "Een alinea met *nadruk* en een [link](/nieuws/welkom/).\n\n", count: 10))
        }
        try site.build()
        let previous = TestSite.tree(at: site.output)

        try site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2021-02-02\n---\n\nNieuw.\n")
        let next = try TestSite(fixture: "sites/basic")
        defer { next.cleanUp() }
        try FileManager.default.removeItem(at: next.root.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: site.root.appendingPathComponent("content"), to: next.root.appendingPathComponent("content"))
        try next.build()
        let rebuilt = TestSite.tree(at: next.output)

        var killedWhileStaging = 0
        for delay in [0, 0, 20, 60, 150, 400] {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["build", "--source", site.root.path, "--now", "2026-01-01", "--quiet"]
            try process.run()
            let stagingWasSeen = waitForStaging(in: site.root, while: process)
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if stagingWasSeen && process.terminationReason == .uncaughtSignal { killedWhileStaging += 1 }

            let tree = TestSite.tree(at: site.output)
            #expect(
                tree == previous || tree == rebuilt, "after a kill \(delay) ms into writing, output/ is neither site")
        }
        #expect(killedWhileStaging > 0, "no kill landed while the staging folder was being written")

        try site.build()
        #expect(TestSite.tree(at: site.output) == rebuilt)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.hasSuffix(".writing")
        }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    /// Waits until the writer's marker appears beside the output (it has begun to write the
    /// standby folder) or the process ends; true if the marker was seen.
    private func waitForStaging(in root: URL, while process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
            if names.contains(".output.writing") { return true }
            usleep(500)
        }
        return false
    }
}
