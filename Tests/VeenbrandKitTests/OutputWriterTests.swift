import Foundation
import Testing

@testable import VeenbrandKit

@Suite struct OutputWriterTests {
    let source = URL(fileURLWithPath: "/tmp/site")

    @Test(arguments: ["/", "/tmp", "/tmp/site", "/tmp/site/content/out", "/tmp/site/theme", NSHomeDirectory()])
    func refusesDangerousOutputFolders(path: String) {
        #expect(throws: BuildFailure.self) { try OutputWriter(output: URL(fileURLWithPath: path), source: source) }
    }

    @Test(arguments: ["/tmp/site/output", "/tmp/elders", "/tmp/site/public"])
    func acceptsOrdinaryOutputFolders(path: String) throws {
        _ = try OutputWriter(output: URL(fileURLWithPath: path), source: source)
    }

    @Test func replacesThePreviousOutputWhole() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let first = TestSite.tree(at: site.output)
        try site.remove("content/nieuws/bericht-09.md")
        try site.build()
        let tree = TestSite.tree(at: site.output)
        #expect(tree["nieuws/bericht-09/index.html"] == nil && tree["index.html"] != nil)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.hasPrefix(".output")
        }
        #expect(
            Set(beside) == [".output.previous", ".output.lock", ".output.manifest.json"],
            "only the standby folder, the lock and the manifest are kept")
        #expect(
            TestSite.tree(at: site.root.appendingPathComponent(".output.previous")) == first,
            "the standby folder holds the previous site")
    }

    @Test func aMissingTemplateFailsTheBuildAndKeepsTheOutput() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let before = TestSite.tree(at: site.output)
        try site.remove("theme/templates/article.mustache")
        #expect(throws: BuildFailure.self) { try site.build() }
        #expect(TestSite.tree(at: site.output) == before)
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let summary = try site.build()
        #expect(summary.draftsSkipped == 1)
        #expect(
            !FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("nieuws/concept/index.html").path))
        try site.build(drafts: true)
        #expect(
            FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nieuws/concept/index.html").path)
        )
    }

    @Test func futureArticlesWaitForTheirDateUnlessAsked() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let page = site.output.appendingPathComponent("nieuws/toekomst/index.html")
        let summary = try site.build()
        #expect(summary.scheduledSkipped == 1)
        #expect(summary.nextScheduled?.title == "Aangekondigd")
        #expect(summary.nextScheduled?.date.isoDay == "2030-05-01")
        #expect(!FileManager.default.fileExists(atPath: page.path))

        try site.build(future: true)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Gepland: dit artikel verschijnt pas"))

        let later = try ContentDate(parsing: "2030-05-01T00:00:01Z").epochSeconds
        let published = try site.build(now: later)
        #expect(published.scheduledSkipped == 0)
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("Gepland"))
    }

    @Test func draftsShowABannerWhenBuilt() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build(drafts: true)
        let html = try String(
            contentsOf: site.output.appendingPathComponent("nieuws/concept/index.html"), encoding: .utf8)
        #expect(SoftHyphens.removed(from: html).contains("Concept: dit artikel is nog niet gepubliceerd."))
    }

    @Test func aMissingSiteConfigIsReported() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.remove("content/site.yaml")
        do {
            try site.build()
            Issue.record("built")
        } catch {
            #expect(error.description == "content/site.yaml:1:1: file is missing or cannot be read")
        }
    }

    @Test func invalidUTF8IsReportedWithItsPosition() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        var bytes = Data("---\ntitle: Caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("\ndate: 2021-01-01\n---\n".utf8))
        try bytes.write(to: site.root.appendingPathComponent("content/nieuws/latin1.md"))
        do {
            try site.build()
            Issue.record("built")
        } catch {
            #expect(
                error.description == "content/nieuws/latin1.md:2:11: the file is not valid UTF-8 text: save it as UTF-8"
            )
        }
    }
}

/// A rebuild rewrites only what changed: unchanged pages are the previous files (same inode,
/// same modification time), so rsync-style deploys send only the difference.
@Suite struct UnchangedFilesTests {
    func identity(_ url: URL) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return ((attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1, attributes[.modificationDate] as! Date)
    }

    @Test func unchangedPagesKeepTheirFileAndChangedOnesAreNew() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let untouched = site.output.appendingPathComponent("nieuws/bericht-02/index.html")
        let edited = site.output.appendingPathComponent("nieuws/welkom/index.html")
        let asset = site.output.appendingPathComponent("assets/style.css")
        let before = (try identity(untouched), try identity(edited), try identity(asset))

        try site.build()
        #expect(try identity(untouched) == before.0)
        #expect(try identity(edited) == before.1)
        #expect(try identity(asset) == before.2, "a copied file that did not change is kept too")

        let path = site.root.appendingPathComponent("content/nieuws/welkom.md")
        try String(contentsOf: path, encoding: .utf8).replacingOccurrences(
            of: "\n---\n", with: "\n---\n\nEen nieuwe alinea.\n\n"
        )
        .write(to: path, atomically: true, encoding: .utf8)
        try site.build()
        #expect(try identity(untouched) == before.0)
        #expect(try identity(edited).inode != before.1.inode)
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("Een nieuwe alinea."))
    }
}

/// A build with nothing changed leaves the output alone and finishes at once; any change to a
/// source, the options, or a scheduled article falling due makes it build again.
@Suite struct UpToDateBuildTests {
    func build(_ site: TestSite, now: Int = TestSite.now, drafts: Bool = false) throws -> BuildSummary {
        try Site.build(
            BuildOptions(
                source: site.root, publication: Publication(now: now, includeDrafts: drafts, includeFuture: false),
                toolStamp: "test"))
    }

    @Test func onlyAChangeMakesItBuildAgain() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        #expect(try !build(site).upToDate)
        let again = try build(site)
        #expect(again.upToDate)
        #expect(again.articles > 0 && again.nextScheduled != nil)

        try site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2021-03-03\n---\n\nNieuw.\n")
        #expect(try !build(site).upToDate)
        #expect(
            FileManager.default.fileExists(atPath: site.output.appendingPathComponent("nieuws/nieuw/index.html").path))
        #expect(try build(site).upToDate)
        #expect(try !build(site, drafts: true).upToDate)
        #expect(try !build(site, drafts: false).upToDate)

        let due = try ContentDate(parsing: "2030-05-02").epochSeconds  // toekomst.md is dated 2030-05-01
        #expect(try build(site, now: TestSite.now + 60).upToDate)
        #expect(try !build(site, now: due).upToDate)
        #expect(
            FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("nieuws/toekomst/index.html").path))
        #expect(try !build(site, now: TestSite.now).upToDate)  // an earlier now un-publishes it

        try FileManager.default.removeItem(at: site.output)
        #expect(try !build(site).upToDate)
    }

    /// An output folder that is a symbolic link (say, to a web server's folder) finds what the
    /// last build kept beside the folder it points to.
    @Test func anOutputThatIsALinkFindsItsManifest() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let target = site.root.appendingPathComponent("www/site")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let link = site.root.appendingPathComponent("public")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let options = BuildOptions(
            source: site.root, output: link, publication: Publication(now: TestSite.now), toolStamp: "test")
        #expect(try !Site.build(options).upToDate)
        #expect(try Site.build(options).upToDate)
    }
}
