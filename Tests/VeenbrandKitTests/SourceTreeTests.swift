import Foundation
import Testing

@testable import VeenbrandKit

#if canImport(Glibc)
    import Glibc
#endif

/// What can lie in `content/` and `theme/` besides files: links that loop or lead nowhere,
/// FIFOs, sockets and devices. Each is reported at its own path, and no build hangs on one.
@Suite struct SourceTreeTests {
    func errors(_ site: TestSite, stamp: String? = nil) -> [String] {
        do {
            try Site.build(
                BuildOptions(source: site.root, publication: Publication(now: TestSite.now), toolStamp: stamp))
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// `ln -s . content/media/a; ln -s . content/media/b` once made `build` and `serve` walk
    /// forever. Each link is an error naming it; the build (and the scan of an incremental
    /// build, and the preview's watcher) end.
    @Test(arguments: [nil, "t"] as [String?])
    func linksThatLoopAreErrorsAtTheirPath(stamp: String?) throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        for name in ["a", "b"] {
            try FileManager.default.createSymbolicLink(
                atPath: site.root.appendingPathComponent("content/media/\(name)").path, withDestinationPath: ".")
        }
        let found = errors(site, stamp: stamp)
        #expect(found.count == 2)
        for name in ["a", "b"] {
            #expect(found.contains { $0.hasPrefix("content/media/\(name):1:1: this link leads back to a folder") })
        }
        let folders = SiteFolders.tree(site.root.appendingPathComponent("content").path)
        #expect(folders.count == 3, "content, content/nieuws, content/media, each once: \(folders)")
    }

    @Test func aLinkToNothingIsAnErrorAtItsPath() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("theme/assets/weg.css").path, withDestinationPath: "nergens.css")
        #expect(
            errors(site) == [
                "theme/assets/weg.css:1:1: this link leads to nothing: remove it or point it at a file in the site"
            ])
    }

    /// A FIFO blocks `open()` for reading until someone writes to it: it is refused before it is
    /// opened, as an article, a template, or `site.yaml`.
    @Test(arguments: ["content/nieuws/x.md", "theme/templates/x.mustache", "content/site.yaml"])
    func aFIFOIsRefusedUnopened(path: String) throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let url = site.root.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        #expect(mkfifo(url.path, 0o644) == 0)
        let found = errors(site)
        #expect(
            found.contains { $0.hasPrefix("\(path):1:1: this is not a regular file (a FIFO, socket or device)") },
            "\(found)")
    }

    @Test func aFolderWhereAFolderIsExpectedToBeAFolder() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.remove("content/nieuws")
        try site.write("content/nieuws", "geen map")
        #expect(errors(site) == ["content/nieuws:1:1: this should be a folder, but it is a file: make it a folder"])
    }

    /// Article files whose extension is written in capitals are articles too.
    @Test func anUppercaseExtensionIsAnArticle() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/nieuws/HOOFDLETTERS.MD", "---\ntitle: Groot\ndate: 2021-03-03\n---\n\nTekst.\n")
        #expect(errors(site).isEmpty)
        #expect(
            FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("nieuws/hoofdletters/index.html").path))
    }
}
