import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VeenbrandServe

/// `serve` sends every kind of file a built site has with its own media type.
@Suite struct MediaTypesTests {
    /// The files Pagefind writes into `pagefind/` (its script, its interface, its WebAssembly
    /// and its index), which test builds do not run it to make.
    static let pagefindFiles = [
        "pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.css", "pagefind-entry.json",
        "pagefind-highlight.js", "pagefind-worker.js", "wasm.unknown.pagefind", "wasm.nl.pagefind",
        "pagefind.nl_2a1b.pf_meta", "index/nl_3c4d.pf_index", "fragment/nl_5e6f.pf_fragment",
    ]

    @Test func everyKindOfFileOfABuiltSiteHasAKnownType() throws {
        let fixture = try PreviewFixture(fixture: "paths")
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        let files =
            FileManager.default.enumerator(atPath: fixture.site.output.path)?
            .compactMap { $0 as? String } ?? []
        var kinds: Set<String> = []
        for file in files + Self.pagefindFiles.map({ "pagefind/" + $0 }) {
            let name = String(file.split(separator: "/").last ?? "")
            var isFolder: ObjCBool = false
            let path = fixture.site.output.appendingPathComponent(file).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { continue }
            let type = MediaTypes.type(of: name)
            let known = MediaTypes.byExtension.keys.contains { name.lowercased().hasSuffix("." + $0) }
            #expect(known || name == "_redirects", "\(file): no media type is declared for its kind")
            kinds.insert(name.split(separator: ".").last.map(String.init) ?? name)
            // The Pagefind index's parts have no type but bytes; everything else has its own.
            if !["pagefind", "pf_meta", "pf_index", "pf_fragment"].contains(where: { name.hasSuffix("." + $0) }) {
                #expect(type != MediaTypes.binary, "\(file) would go as \(type)")
            }
        }
        // The site has pages, feeds, calendars, pictures and scripts.
        #expect(kinds.isSuperset(of: ["html", "xml", "ics", "css", "js", "svg", "png", "txt"]))
    }

    @Test func typesByName() {
        #expect(MediaTypes.type(of: "feed.xml") == "application/rss+xml; charset=utf-8")
        #expect(MediaTypes.type(of: "sitemap.xml") == "application/xml; charset=utf-8")
        #expect(MediaTypes.type(of: "feed.xsl") == "text/xsl; charset=utf-8")
        #expect(MediaTypes.type(of: "agenda.ics") == "text/calendar; charset=utf-8")
        #expect(MediaTypes.type(of: "FOTO.JPG") == "image/jpeg")
        #expect(MediaTypes.type(of: "wasm.nl.pagefind") == MediaTypes.binary)
        #expect(MediaTypes.type(of: "pagefind.wasm") == "application/wasm")
        #expect(MediaTypes.type(of: "_redirects") == "text/plain; charset=utf-8")
        #expect(MediaTypes.type(of: ".verborgen") == MediaTypes.binary)
        #expect(MediaTypes.type(of: "zonder-punt") == MediaTypes.binary)
    }

    @Test func aCalendarIsServedAsACalendar() async throws {
        let fixture = try PreviewFixture(fixture: "paths")
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        try await fixture.server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(uri: "/sub/events/events.ics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
            }
        }
    }
}
