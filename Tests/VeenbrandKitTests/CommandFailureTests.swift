import Foundation
import Testing

@testable import VeenbrandKit

/// The `veenbrand` command where the machine or the folder is not what it needs: a failure
/// that says what is wrong, once, and how to mend it.
@Suite struct CommandFailureTests {
    /// Runs `veenbrand` with `arguments`; `withoutLibvips`: as if libvips could not be loaded.
    func run(_ arguments: [String], withoutLibvips: Bool = false) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = InterruptedBuildTests.binary
        process.arguments = arguments
        if withoutLibvips {
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["VEENBRAND_LIBVIPS": "/nonexistent/libvips.so.42"]) { _, new in new }
        }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Without libvips (not installed, or a library that does not load), `build` and `check` end
    /// with errors that name it and how to install it, exit status 1, and the output as it was;
    /// they used to die at the first picture ("Illegal instruction", a force unwrap).
    @Test func buildAndCheckSayLibvipsIsMissing() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path),
            "build the veenbrand product first")
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let message =
            "content/media/foto.jpg:1:1: this image cannot be read: libvips could not be loaded: "
            + "install it (on Debian: apt-get install libvips42)"
        let build = try run(
            ["build", "--source", site.root.path, "--now", "2026-01-01", "--no-search"], withoutLibvips: true)
        #expect(build.status == 1 && build.errors.contains(message), "\(build)")
        #expect(build.errors.contains("the output folder was left as it was"))
        let check = try run(["check", "--source", site.root.path, "--now", "2026-01-01"], withoutLibvips: true)
        #expect(check.status == 1 && check.errors.contains("libvips could not be loaded"), "\(check)")
    }

    /// `--source` naming a folder that is not a site: one line that says so, not a line for
    /// every folder and template it lacks.
    @Test func aFolderThatIsNoSiteIsSaidOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geen-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["build", "check", "serve"] {
            let result = try run([command, "--source", folder.path])
            #expect(result.status != 0 && result.errors.components(separatedBy: "is not a Veenbrand site").count == 2)
            #expect(!result.errors.contains("is missing"), "\(command): \(result.errors)")
        }
    }

    /// A port another program listens on: one line saying so and what to do, exit status 1.
    @Test func aPortInUseIsSaidPlainly() throws {
        let other = try LocalHTTPServer { _, _ in .status(200) }
        defer { other.stop() }
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let result = try run([
            "serve", "--source", site.root.path, "--host", "127.0.0.1", "--port", "\(other.port)",
        ])
        #expect(result.status == 1, "\(result)")
        #expect(result.errors.contains("Error: port \(other.port) is in use (another veenbrand serve?)"), "\(result)")
        #expect(!result.errors.contains("errno"))
    }

    @Test func versionIsPrinted() throws {
        let version = try run(["--version"])
        #expect(version.status == 0 && version.errors == VeenbrandVersion.current + "\n")
    }

    /// `new` says where the file is and how to preview it with the program as it was started,
    /// which need not be on the PATH.
    @Test func newSaysWhereTheFileIsAndHowToPreviewIt() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let new = try run(["new", "Jongeren praten mee", "--source", site.root.path, "--now", "2026-01-01"])
        let file = site.root.appendingPathComponent("content/nieuws/jongeren-praten-mee.md").standardizedFileURL.path
        #expect(new.status == 0)
        #expect(new.errors.contains("Created \(file) (draft: true)"), "\(new.errors)")
        #expect(
            new.errors.contains(
                "Preview it as you write: \(InterruptedBuildTests.binary.path) serve --source '\(site.root.path)'"),
            "\(new.errors)")
    }
}
