import Foundation
import Testing

@testable import VeenbrandKit

/// Which folders a build may replace, and what exit status it gives when something fails after
/// the site is in place. A build replaces the whole output folder, so it must be one
/// Veenbrand made (or an empty or new one), never one whose loss would take something else.
@Suite struct OutputFolderTests {
    func build(_ site: TestSite, output: URL? = nil, stamp: String? = nil) throws(BuildFailure) -> BuildSummary {
        try Site.build(
            BuildOptions(
                source: site.root, output: output, publication: Publication(now: TestSite.now), toolStamp: stamp))
    }

    /// A folder with someone's files in it is refused before anything is moved: nothing is
    /// hidden in the standby folder, and a second build cannot delete it.
    @Test func aFolderWithOtherFilesIsRefused() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let folder = site.root.appendingPathComponent("x")
        try site.write("x/t.txt", "thesis")
        do {
            _ = try build(site, output: folder)
            Issue.record("built into a folder with other files")
        } catch {
            #expect(error.description.contains("it holds files Veenbrand did not write"))
            #expect(error.description.contains("empty it, or choose another --output"))
        }
        #expect(TestSite.tree(at: folder) == ["t.txt": Data("thesis".utf8)])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".x.previous").path))
    }

    /// An empty folder, and a folder a build made (its manifest is beside it), are used.
    @Test func anEmptyFolderAndVeenbrandsOwnAreUsed() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let folder = site.root.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try build(site, output: folder)
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".leeg.manifest.json").path))
        try site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2021-03-03\n---\n\nNieuw.\n")
        _ = try build(site, output: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nieuws/nieuw/index.html").path))
    }

    /// An output path that is a file is refused with what to do, every time (`--force` too).
    @Test func aFileIsNotAnOutputFolder() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("bestand", "niet weggooien")
        for force in [false, true] {
            do {
                try Site.build(
                    BuildOptions(
                        source: site.root, output: site.root.appendingPathComponent("bestand"),
                        publication: Publication(now: TestSite.now), toolStamp: "t", force: force))
                Issue.record("built into a file")
            } catch {
                #expect(
                    error.description.hasSuffix("it is a file, not a folder: remove it, or choose another --output"))
            }
        }
        #expect(
            try String(contentsOf: site.root.appendingPathComponent("bestand"), encoding: .utf8) == "niet weggooien")
    }

    /// A standby path that is not a folder (left by something else) is replaced, not fatal.
    @Test func aStrayStandbyFileIsReplaced() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        _ = try build(site)
        try site.write(".output.previous", "rommel")
        _ = try build(site)
        #expect(FileSystem.isDirectory(site.root.appendingPathComponent(".output.previous").path))
    }

    /// The home folder, reached through a symbolic link or not, its ancestors and the system's
    /// folders are refused; paths are compared with their links resolved.
    @Test func homeAndSystemFoldersAreRefusedWhateverTheLinks() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("real/u"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("home"), withDestinationURL: root.appendingPathComponent("real"))
        let home = root.appendingPathComponent("home/u").path
        let source = URL(fileURLWithPath: "/srv/site")
        for output in [
            root.appendingPathComponent("real/u"), root.appendingPathComponent("home/u"),
            root.appendingPathComponent("real"), root,
        ] {
            #expect(throws: BuildFailure.self, "\(output.path)") {
                try OutputWriter(output: output, source: source, home: home)
            }
        }
        for system in ["/", "/etc", "/usr", "/var", "/home", "/root", "/tmp"] {
            #expect(
                OutputFolderRules.refusal(output: system, source: "/srv/site", home: home)?
                    .contains("a folder of the system") == true, "\(system)")
        }
        #expect(OutputFolderRules.refusal(output: "/tmp/ergens/site", source: "/srv/site", home: home) == nil)
    }

    /// Exit 1 means the output is as it was. When the manifest cannot be written after the new
    /// site is in place, the build says so as a warning and succeeds: the site is built.
    @Test func whatFailsAfterTheSwapIsAWarning() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        _ = try build(site, stamp: "t")
        let manifest = site.root.appendingPathComponent(".output.manifest.json")
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createDirectory(at: manifest, withIntermediateDirectories: true)
        let path = site.root.appendingPathComponent("content/nieuws/bericht-05.md")
        try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "title: Bericht 05", with: "title: Vijf")
            .write(to: path, atomically: true, encoding: .utf8)
        let summary = try build(site, stamp: "t")
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings.first?.contains("the site was built, but the next build will be a full one") == true)
        #expect(
            try String(contentsOf: site.output.appendingPathComponent("nieuws/bericht-05/index.html"), encoding: .utf8)
                .contains("Vijf"))
    }
}
