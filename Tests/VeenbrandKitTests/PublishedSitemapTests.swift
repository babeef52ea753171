import Foundation
import Testing

@testable import VeenbrandKit

/// `check --published`: the live site's sitemap, read from a file or fetched from a server, is
/// the ledger of every address ever published; an address the new build has lost is an error
/// at its line in the sitemap, naming the closest document to add the alias to.
@Suite struct PublishedSitemapTests {
    /// The basic site built, its sitemap kept as the "live" one, and `tweede.md` renamed.
    func renamedSite() throws -> (site: TestSite, sitemap: URL) {
        let site = try TestSite(fixture: "sites/basic")
        try Self.withoutUnpublished(site)
        try site.build()
        let sitemap = site.root.appendingPathComponent("live-sitemap.xml")
        try FileManager.default.copyItem(at: site.output.appendingPathComponent("sitemap.xml"), to: sitemap)
        let text = try String(contentsOf: site.root.appendingPathComponent("content/nieuws/tweede.md"), encoding: .utf8)
        try site.remove("content/nieuws/tweede.md")
        try site.write("content/nieuws/de-tweede.md", text)
        return (site, sitemap)
    }

    /// The draft and the scheduled article go: the preview server would publish them.
    static func withoutUnpublished(_ site: TestSite) throws {
        try site.remove("content/nieuws/concept.md")
        try site.remove("content/nieuws/toekomst.md")
    }

    /// The errors about published addresses (the fixture has broken links of its own).
    func check(_ site: TestSite, published: PublishedSitemap) -> [Diagnostic] {
        SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now), published: published)
            .diagnostics.filter { $0.severity == .error && !$0.file.hasPrefix("content/") }
    }

    @Test func aRenamedArticleIsAnErrorAtItsLineInTheSitemapUntilAnAliasCoversIt() throws {
        let (site, sitemap) = try renamedSite()
        defer { site.cleanUp() }
        let lines = try String(contentsOf: sitemap, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("/nieuws/tweede/") }) + 1
        let errors = check(site, published: PublishedSitemap.load(sitemap.path))
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.file == sitemap.path && errors.first?.line == line)
        #expect(
            errors.first?.message
                == "'/nieuws/tweede/' was published but the new site no longer has it: links to it that are shared "
                + "will break; add 'aliases: [/nieuws/tweede/]' to content/nieuws/de-tweede.md ('Tweede: met tijd en "
                + "offset', the closest by name) or to the page that replaces it")
        let text = try String(
            contentsOf: site.root.appendingPathComponent("content/nieuws/de-tweede.md"), encoding: .utf8)
        try site.write(
            "content/nieuws/de-tweede.md",
            text.replacingOccurrences(of: "---\n\n", with: "aliases: [/nieuws/tweede/]\n---\n\n"))
        #expect(check(site, published: PublishedSitemap.load(sitemap.path)).isEmpty)
    }

    /// Addresses with letters beyond ASCII are named as the site writes them, never with a
    /// replacement character; one escaped in another encoding than UTF-8 as it is escaped.
    @Test func addressesBeyondASCIIAreNamedAsWritten() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try Self.withoutUnpublished(site)
        let sitemap = site.root.appendingPathComponent("live-sitemap.xml")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://example.org/</loc></url>
        <url><loc>https://example.org/nieuws/caf%C3%A9-%C3%A9%C3%A9n/</loc></url>
        <url><loc>https://example.org/nieuws/%E9t%E9/</loc></url>
        </urlset>
        """.write(to: sitemap, atomically: true, encoding: .utf8)
        let messages = check(site, published: PublishedSitemap.load(sitemap.path)).map(\.message)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("'/nieuws/café-één/' was published") })
        #expect(messages.contains { $0.hasPrefix("'/nieuws/%E9t%E9/' was published") })
        #expect(!messages.joined().contains("\u{FFFD}"))
    }

    @Test func theLiveSitemapIsFetchedFromAServer() async throws {
        let binary = InterruptedBuildTests.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the veenbrand product first")
        let live = try TestSite(fixture: "sites/basic")
        defer { live.cleanUp() }
        try Self.withoutUnpublished(live)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--source", live.root.path, "--port", "0", "--now", "2026-01-01"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var text = ""
        while !text.contains("Serving the preview at") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let address = try #require(text.firstRange(of: /http:\/\/127\.0\.0\.1:\d+\//).map { String(text[$0]) })
        let (site, _) = try renamedSite()
        defer { site.cleanUp() }
        let published = PublishedSitemap.load(address + "sitemap.xml", timeout: 10)
        #expect(published.problems.isEmpty, "\(published.problems)")
        #expect(published.entries.count > 20)
        let errors = check(site, published: published)
        #expect(errors.map(\.file) == [address + "sitemap.xml"])
        #expect(errors.first?.message.hasPrefix("'/nieuws/tweede/' was published") == true)

        let missing = PublishedSitemap.load(address + "geen-sitemap.xml", timeout: 10)
        #expect(
            missing.problems.map(\.message) == ["the published sitemap could not be fetched: the server answered 404"])
    }

    @Test func aSitemapThatCannotBeReadIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-sitemap-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notXML = folder.appendingPathComponent("kapot.xml")
        try Data("<urlset><url><loc>https://example.org/a/</loc>\n</urlset>".utf8).write(to: notXML)
        let broken = PublishedSitemap.load(notXML.path)
        #expect(broken.problems.first?.line == 2)
        #expect(broken.problems.first?.message.hasPrefix("the published sitemap is not a valid sitemap") == true)
        #expect(PublishedSitemap.load(folder.appendingPathComponent("weg.xml").path).problems.count == 1)
        let html = folder.appendingPathComponent("pagina.xml")
        try Data("<html><body>Niet gevonden</body></html>".utf8).write(to: html)
        #expect(PublishedSitemap.load(html.path).problems.first?.message.contains("is it a sitemap?") == true)
    }

    @Test func aSitemapIndexIsFollowedToTheSitemapsBesideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-sitemap-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://example.org/sitemap-1.xml</loc></sitemap>
            </sitemapindex>
            """.utf8
        ).write(to: folder.appendingPathComponent("sitemap.xml"))
        try Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://example.org/nieuws/caf%C3%A9/</loc></url>
            </urlset>
            """.utf8
        ).write(to: folder.appendingPathComponent("sitemap-1.xml"))
        let published = PublishedSitemap.load(folder.appendingPathComponent("sitemap.xml").path)
        #expect(published.problems.isEmpty)
        #expect(published.entries.map(\.path) == ["/nieuws/café/"])
        #expect(published.entries.first?.location.line == 3)
    }

    /// A sitemap index of `children`, or a sitemap of `pages` with none.
    static func sitemap(children: [String] = [], pages: [String] = []) -> String {
        let ns = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        return children.isEmpty
            ? "<urlset \(ns)>\n" + pages.map { "<url><loc>\($0)</loc></url>\n" }.joined() + "</urlset>\n"
            : "<sitemapindex \(ns)>\n" + children.map { "<sitemap><loc>\($0)</loc></sitemap>\n" }.joined()
                + "</sitemapindex>\n"
    }

    @Test func aSitemapFetchedFromAServerIsNeverFollowedToFilesOnThisMachine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-sitemap-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let local = folder.appendingPathComponent("lokaal.xml")
        try Data(Self.sitemap(pages: ["https://example.org/geheim/"]).utf8).write(to: local)
        let listed = [
            local.absoluteString, local.path, "lokaal.xml", "SERVER/sitemap-1.xml", "SERVER/naar-bestand.xml",
        ]
        let server = try LocalHTTPServer { _, path in
            switch path {
            case "/sitemap.xml": .status(200, body: Self.sitemap(children: listed))
            case "/sitemap-1.xml": .status(200, body: Self.sitemap(pages: ["https://example.org/nieuws/"]))
            default: .redirect(local.absoluteString)
            }
        }
        defer { server.stop() }
        let published = PublishedSitemap.load(server.address + "/sitemap.xml", timeout: 5)
        #expect(published.entries.map(\.path) == ["/nieuws/"])
        #expect(published.problems.map(\.line) == [2, 3, 4, 1])
        #expect(
            published.problems.first?.message
                == "'\(local.absoluteString)' is not an http(s) address: a sitemap fetched from a server is "
                + "followed only to http(s) addresses, never to files on this machine")
        #expect(published.problems.last?.message.hasPrefix("the published sitemap could not be fetched") == true)
    }

    @Test func aSitemapThatListsNothingIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-sitemap-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func load(_ name: String, _ text: String) throws -> [String] {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            return PublishedSitemap.load(folder.appendingPathComponent(name).path).problems.map(\.message)
        }
        let nothing = [
            "the published sitemap lists no addresses: nothing to compare is not 'nothing lost'; is it the "
                + "site's sitemap?"
        ]
        #expect(try load("leeg.xml", "<urlset/>") == nothing)
        #expect(try load("lege-index.xml", "<sitemapindex/>") == nothing)
        let loop = "'https://example.org/zelf.xml' is this sitemap index or one above it: the index loops"
        #expect(try load("zelf.xml", Self.sitemap(children: ["https://example.org/zelf.xml"])) == [loop])
        _ = try load("a.xml", Self.sitemap(children: ["https://example.org/b.xml"]))
        #expect(
            try load("b.xml", Self.sitemap(children: ["https://example.org/a.xml"]))
                == ["'https://example.org/b.xml' is this sitemap index or one above it: the index loops"])
        let server = try LocalHTTPServer { _, _ in .status(200, body: Self.sitemap(children: ["SERVER/sitemap.xml"])) }
        defer { server.stop() }
        let remote = PublishedSitemap.load(server.address + "/sitemap.xml", timeout: 5).problems
        #expect(
            remote.map(\.message) == [
                "'\(server.address)/sitemap.xml' is this sitemap index or one above it: the index loops"
            ])
        #expect(remote.first?.line == 2)
    }

    @Test func theLaterPagesOfAListComeAndGoWithItsArticles() {
        let addresses = SiteAddresses()
        #expect(addresses.list(ofListPage: "/themas/opstart/pagina/3/") == "/themas/opstart/")
        #expect(addresses.list(ofListPage: "/pagina/2/") == "/")
        #expect(addresses.list(ofListPage: "/nieuws/pagina/") == nil)
    }
}
