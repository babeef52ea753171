import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VeenbrandKit

@testable import VeenbrandServe

/// A copy of the golden fixture site with the repository's theme, previewed.
struct PreviewFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let root: URL
    let site: PreviewSite
    let broadcaster = ReloadBroadcaster()

    init(fixture: String = "basic") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("Tests/Fixtures/sites/\(fixture)/content"),
            to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("theme"), to: root.appendingPathComponent("theme"))
        site = PreviewSite(
            source: root, origin: "http://127.0.0.1:1313", includeDrafts: true, includeFuture: true,
            clock: { 1_767_225_600 })
    }

    var server: PreviewServer { PreviewServer(site: site, broadcaster: broadcaster) }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    func cleanUp() {
        site.cleanUp()
        try? FileManager.default.removeItem(at: root)
    }

    /// Waits (bounded) until a rebuild after `generation` has finished. The bound is generous: it
    /// costs nothing when the build is quick, and CI ran this test beside 336 others on two cores.
    func waitForBuild(after generation: Int, seconds: Double = 120) async throws -> PreviewSite.State {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            let state = site.state
            if state.generation > generation { return state }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CancellationError()
    }
}

@Suite struct PreviewFilesTests {
    let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-files-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(
            at: root.appendingPathComponent("nieuws/a"), withIntermediateDirectories: true)
        try! Data("a".utf8).write(to: root.appendingPathComponent("nieuws/a/index.html"))
        try! Data("f".utf8).write(to: root.appendingPathComponent("feed.xml"))
        return root
    }()

    @Test(arguments: [
        "/../etc/passwd", "/nieuws/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
        "/..%2f..%2fetc/passwd", "/nieuws/..%5c..%5cetc", "/nieuws%00/a", "/.%2e/x", "/./feed.xml", "relative",
    ])
    func traversalIsRefused(path: String) {
        #expect(PreviewFiles(root: root).resolve(path) == .forbidden)
    }

    @Test func pathsMapToTheBuiltSite() {
        let files = PreviewFiles(root: root)
        #expect(files.resolve("/nieuws/a/") == .file(root.appendingPathComponent("nieuws/a/index.html")))
        #expect(files.resolve("/nieuws/a") == .redirect("/nieuws/a/"))
        #expect(files.resolve("/feed.xml") == .file(root.appendingPathComponent("feed.xml")))
        #expect(files.resolve("/nieuws/b/") == .notFound)
        #expect(files.resolve("/%252e%252e/") == .notFound)
    }

    @Test func contentTypes() {
        #expect(PreviewFiles.contentType(for: URL(fileURLWithPath: "/a/index.html")) == "text/html; charset=utf-8")
        #expect(
            PreviewFiles.contentType(for: URL(fileURLWithPath: "/themas/x/feed.xml"))
                == "application/rss+xml; charset=utf-8")
        #expect(PreviewFiles.contentType(for: URL(fileURLWithPath: "/sitemap.xml")) == "application/xml; charset=utf-8")
        #expect(PreviewFiles.contentType(for: URL(fileURLWithPath: "/assets/style.css")) == "text/css; charset=utf-8")
        #expect(PreviewFiles.contentType(for: URL(fileURLWithPath: "/media/foto.JPG")) == "image/jpeg")
    }
}

@Suite struct PreviewServerTests {
    @Test func servesPagesFeedsAndAssetsWithTheRightTypes() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        try await fixture.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let body = String(buffer: response.body)
                #expect(body.contains("Testbeweging &amp; co"))
                #expect(body.contains("<script src=\"/__veenbrand/reload.js\"></script>\n</body>"))
            }
            try await client.execute(uri: "/nieuws/concept/", method: .get) { response in
                // Without the soft hyphens of long words ("gepubliceerd").
                let body = String(buffer: response.body).replacingOccurrences(of: "\u{00AD}", with: "")
                #expect(body.contains("Concept: dit artikel is nog niet gepubliceerd."))
            }
            try await client.execute(uri: "/nieuws/toekomst/", method: .get) { response in
                #expect(String(buffer: response.body).contains("Gepland: dit artikel verschijnt pas"))
            }
            try await client.execute(uri: "/feed.xml", method: .get) { response in
                #expect(response.headers[.contentType] == "application/rss+xml; charset=utf-8")
                #expect(String(buffer: response.body).hasPrefix("<?xml"))
            }
            try await client.execute(uri: "/assets/style.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
            try await client.execute(uri: "/media/foto.jpg", method: .get) { response in
                #expect(response.headers[.contentType] == "image/jpeg")
            }
            try await client.execute(uri: "/nieuws/welkom", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/nieuws/welkom/")
            }
            try await client.execute(uri: "/bestaat/niet/", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Pagina niet gevonden"))
            }
            try await client.execute(uri: PreviewServer.scriptPath, method: .get) { response in
                #expect(String(buffer: response.body).contains("new EventSource(\"/__veenbrand/events\")"))
            }
        }
    }

    @Test func showsHowASharedLinkLooks() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        try await fixture.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(uri: SharePreview.path + "?pagina=/nieuws/welkom/", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body.contains("<h1>Zo ziet een gedeelde link eruit</h1>"))
                #expect(body.contains("<img src=\"/nieuws/welkom/deelkaart.jpg\" alt=\"Een kring van jongeren"))
                #expect(body.contains("Welkom bij de &lt;script&gt;"))
                #expect(!body.contains("Deze pagina mist"))
            }
            try await client.execute(uri: SharePreview.path + "?pagina=/bestaat-niet/", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: SharePreview.path + "?pagina=/../../etc/passwd", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    /// A site whose base URL has a path (`https://example.org/sub/`) is previewed under that
    /// path, with every link pointing there; `/` leads to it.
    @Test func servesTheSiteUnderItsBasePath() async throws {
        let fixture = try PreviewFixture(fixture: "prefixed")
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        #expect(fixture.site.basePath == "/sub/")
        try await fixture.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/sub/")
            }
            try await client.execute(uri: "/sub/", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(
                    body.contains("href=\"/sub/assets/style.css\"") && body.contains("href=\"/sub/over-de-beweging/\""))
                #expect(body.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:1313/sub/\">"))
            }
            try await client.execute(uri: "/sub/nieuws/eerste", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/sub/nieuws/eerste/")
            }
            try await client.execute(uri: "/sub/media/folder.pdf", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "application/pdf")
            }
            try await client.execute(uri: "/nieuws/eerste/", method: .get) { response in
                #expect(response.status == .notFound, "outside the base path")
            }
        }
    }

    @Test(arguments: [
        "/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/nieuws/..%2f..%2f..%2fetc%2fpasswd",
        "/assets/%2E%2E/%2E%2E/content/site.yaml",
    ])
    func traversalAttemptsAreRefused(path: String) async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        try await fixture.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .forbidden || response.status == .notFound)
                #expect(!String(buffer: response.body).contains("baseURL"))
            }
        }
    }

    @Test func rebuildsOnChangeAndUpdatesEveryPageThatShowsTheArticle() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        let first = fixture.site.rebuild()
        let watcher = SiteWatcher(folders: fixture.site.watchedFolders, debounce: .milliseconds(100)) {
            fixture.site.rebuild()
        }
        watcher.start()
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(300))

        try fixture.write(
            "content/nieuws/tweede.md",
            """
            ---
            title: Hernoemd artikel
            date: 2025-12-01
            themes: [Opstarten beweging]
            keywords: [Nieuw trefwoord]
            ---

            Nieuwe tekst.
            """)
        try fixture.write("content/nieuws/bericht-01.md", "")
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("content/nieuws/bericht-01.md"))
        var state = try await fixture.waitForBuild(after: first.generation)
        while case .built = state,
            !(try String(contentsOf: fixture.site.output.appendingPathComponent("index.html"), encoding: .utf8))
                .contains("Hernoemd")
        {
            state = try await fixture.waitForBuild(after: state.generation)
        }
        try await fixture.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            for path in [
                "/", "/nieuws/tweede/", "/themas/opstart/", "/trefwoorden/nieuw-trefwoord/", "/feed.xml",
                "/themas/opstart/feed.xml",
            ] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok, "\(path)")
                    #expect(String(buffer: response.body).contains("Hernoemd artikel"), "\(path)")
                }
            }
            try await client.execute(uri: "/themas/doe-je-mee/", method: .get) { response in
                #expect(!String(buffer: response.body).contains("Hernoemd artikel"))
            }
            try await client.execute(uri: "/nieuws/bericht-01/", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/pagina/2/", method: .get) { response in
                #expect(!String(buffer: response.body).contains("Bericht 01"))
            }
        }
    }

    @Test func showsAnErrorPageUntilTheContentIsFixed() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        try fixture.write("content/nieuws/welkom.md", "---\ntitle: Kapot\ndate: 2021-02-31\n---\n")
        fixture.site.rebuild()
        let app = fixture.server.application(host: "127.0.0.1", port: 0)
        try await app.test(.router) { client in
            try await client.execute(uri: "/nieuws/welkom/", method: .get) { response in
                #expect(response.status == .internalServerError)
                let body = String(buffer: response.body)
                #expect(body.contains("<html lang=\"nl\">"))
                #expect(body.contains("content/nieuws/welkom.md, regel 3, teken 7"))
                #expect(body.contains("&#39;2021-02-31&#39; is impossible"))
                #expect(body.contains(PreviewServer.scriptPath))
            }
        }
        try fixture.write("content/nieuws/welkom.md", "---\ntitle: Weer heel\ndate: 2021-02-28\n---\n\nTekst.\n")
        fixture.site.rebuild()
        try await app.test(.router) { client in
            try await client.execute(uri: "/nieuws/welkom/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("Weer heel"))
            }
        }
    }
}
