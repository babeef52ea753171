import Foundation
import Testing

@testable import VeenbrandKit

/// What search engines and shared links read of the site besides its text: the JSON-LD of an
/// article, the canonical address, the sitemap, and the home page's card.
@Suite struct SearchEngineFactsTests {
    @Test func aLongHeadlineIsShortenedOnAWordBoundaryWithAnEllipsis() {
        let short = "Jongeren praten mee over hun eigen zorg"
        #expect(StructuredData.headline(short) == short)
        let exact = String(repeating: "a", count: StructuredData.headlineLimit)
        #expect(StructuredData.headline(exact) == exact)
        let words = (1...30).map { "woord\($0)," }.joined(separator: " ")
        let headline = StructuredData.headline(words)
        #expect(headline.count <= StructuredData.headlineLimit)
        #expect(headline.hasSuffix("…") && !headline.hasSuffix(",…") && !headline.hasSuffix(" …"))
        #expect(words.hasPrefix(String(headline.dropLast())))
        #expect(words.dropFirst(headline.count - 1).first == ",")
        // One word longer than the limit is cut where it must be.
        let long = String(repeating: "jeugdzorg", count: 20)
        #expect(StructuredData.headline(long) == String(long.prefix(StructuredData.headlineLimit - 1)) + "…")
    }

    /// The JSON-LD objects of a built page.
    func linkedData(_ site: TestSite, _ page: String) throws -> [[String: Any]] {
        let html = try String(contentsOf: site.output.appendingPathComponent(page), encoding: .utf8)
        return html.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().compactMap {
            let json = $0.components(separatedBy: "</script>")[0]
            return try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        }
    }

    @Test(arguments: ["basic", "prefixed"])
    func everyArticleHasAnAuthorAndAPublisherWithALogo(fixture: String) throws {
        let site = try TestSite(fixture: "sites/\(fixture)")
        defer { site.cleanUp() }
        try site.write(
            "content/nieuws/lang.md",
            "---\ntitle: \(String(repeating: "Een heel lange titel ", count: 8))\ndate: 2024-01-01\n---\n\nTekst.\n")
        try site.build()
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: site.output.appendingPathComponent("nieuws").path)
        var seen = 0
        for slug in articles {
            let page = "nieuws/\(slug)/index.html"
            guard FileManager.default.fileExists(atPath: site.output.appendingPathComponent(page).path) else {
                continue
            }
            guard let article = try linkedData(site, page).first(where: { $0["@type"] as? String == "NewsArticle" })
            else { continue }
            seen += 1
            let author = article["author"] as? [String: Any]
            #expect(author?["name"] as? String != nil, "\(page) has no author")
            let logo = (article["publisher"] as? [String: Any])?["logo"] as? [String: Any]
            #expect((logo?["url"] as? String)?.hasPrefix("https://example.org/") == true, "\(page) has no logo")
            #expect((article["headline"] as? String ?? "").count <= StructuredData.headlineLimit)
        }
        #expect(seen >= 2)
    }

    @Test func the404PageHasNoCanonicalAndTheSearchPageIsNotInTheSitemap() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let notFound = try String(contentsOf: site.output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(!notFound.contains("rel=\"canonical\"") && !notFound.contains("og:url"))
        let home = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.org/\">"))
        let sitemap = try String(contentsOf: site.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(!sitemap.contains("/zoeken/") && sitemap.contains("<loc>https://example.org/</loc>"))
    }

    @Test func withoutATaglineTheHomeCardShowsTheDescriptionAndItsAltNamesTheSiteOnce() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let home = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<meta property=\"og:image:alt\" content=\"Een testsite voor &lt;Veenbrand&gt;. | "))
        #expect(!home.contains("Testbeweging &amp; co | Testbeweging &amp; co"))
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        try site.write(
            "content/site.yaml",
            yaml.components(separatedBy: "\n").filter { !$0.hasPrefix("description:") }
                .joined(separator: "\n"))
        try site.build()
        let plain = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(plain.contains("<meta property=\"og:image:alt\" content=\"Testbeweging &amp; co\">"))
    }
}
