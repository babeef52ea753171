import Foundation
import Testing

@testable import VeenbrandKit

/// Topic and keyword pages list 20 articles each, so no page grows without bound.
@Suite struct PaginationTests {
    @Test func termPagesAreSplitAndLinkedAndInTheSitemap() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        for number in 1...45 {
            try site.write(
                "content/nieuws/veel-\(number).md",
                "---\ntitle: Veel \(number)\ndate: "
                    + "2020-01-\(String(format: "%02d", number % 28 + 1))\n"
                    + "themes: [Doe je mee?]\nkeywords: [veel]\n---\n\nTekst.\n"
            )
        }
        try site.build()
        func page(_ path: String) throws -> String {
            try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
        }
        func items(_ html: String) -> Int { html.components(separatedBy: "<article class=").count - 1 }

        let first = try page("themas/doe-je-mee/index.html")
        let third = try page("themas/doe-je-mee/pagina/3/index.html")
        #expect(items(first) == 20)
        #expect(items(try page("themas/doe-je-mee/pagina/2/index.html")) == 20)
        #expect(items(third) > 0 && items(third) < 20)
        #expect(first.contains("href=\"/themas/doe-je-mee/pagina/2/\" rel=\"next\""))
        #expect(third.contains("href=\"/themas/doe-je-mee/pagina/2/\" rel=\"prev\""))
        #expect(
            !FileManager.default.fileExists(
                atPath: site.output.appendingPathComponent("themas/doe-je-mee/pagina/4").path))
        #expect(items(try page("trefwoorden/veel/pagina/3/index.html")) == 5)

        let sitemap = try page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/themas/doe-je-mee/pagina/3/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/trefwoorden/veel/pagina/3/</loc>"))
    }
}
