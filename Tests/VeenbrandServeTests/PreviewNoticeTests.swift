import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VeenbrandKit

@testable import VeenbrandServe

/// The preview shows what `check` knows about a page that still builds, at the page's top, in
/// the site's language; the built site never has it.
@Suite struct PreviewNoticeTests {
    @Test func aPageWithABrokenLinkAndAnImageWithoutAltTextSaysSoAtItsTop() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        try fixture.write(
            "content/nieuws/welkom.md",
            "---\ntitle: Welkom\ndate: 2021-02-28\nsummary: Kort.\n---\n\nZie [elders](/nieuws/bestaat-niet/).\n\n"
                + "![](/media/foto.jpg)\n")
        let state = fixture.site.rebuild()
        #expect(fixture.site.findNotices(after: state.generation), "the first check finds notices")
        #expect(!fixture.site.findNotices(after: state.generation), "the same site, the same notices")
        let app = fixture.server.application(host: "127.0.0.1", port: 0)
        try await app.test(.router) { client in
            try await client.execute(uri: "/nieuws/welkom/", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                let notice = try #require(body.range(of: "<aside class=\"veenbrand-notice\""))
                #expect(body[..<notice.lowerBound].hasSuffix("<body>\n"), "at the top of the page")
                #expect(body.contains("Een link gaat nergens heen: <code>/nieuws/bestaat-niet/</code>"))
                #expect(body.contains("Een afbeelding heeft geen beschrijving: <code>/media/foto.jpg</code>"))
                #expect(body.contains("(regel 7)") && body.contains("(regel 9)"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(!String(buffer: response.body).contains("veenbrand-notice"), "only the page it is about")
            }
        }
        let built = try String(
            contentsOf: fixture.site.output.appendingPathComponent("nieuws/welkom/index.html"), encoding: .utf8)
        #expect(!built.contains("veenbrand-notice"), "never in the build")
        try fixture.write("content/nieuws/welkom.md", "---\ntitle: Welkom\ndate: 2021-02-28\n---\n\nHeel.\n")
        let fixed = fixture.site.rebuild()
        #expect(fixture.site.findNotices(after: fixed.generation), "fixed: the notices change")
        #expect(fixture.site.notice(forPage: "/nieuws/welkom/") == nil)
    }

    @Test func theTextOfANewDocumentLeftAsItWasWrittenIsANotice() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        _ = try NewDocument.create(in: fixture.root, title: "Nog leeg", now: 1_767_225_600, offsetSeconds: 0)
        let state = fixture.site.rebuild()
        _ = fixture.site.findNotices(after: state.generation)
        let notice = try #require(fixture.site.notice(forPage: "/nieuws/nog-leeg/"))
        #expect(notice.contains("Hier staat nog de voorbeeldtekst van een nieuw stuk."))
    }
}
