import Foundation
import Testing

@testable import VeenbrandKit

/// What grows with the site must grow no faster than it: heading ids, the sitemap.
@Suite struct ScaleTests {
    /// 20,000 headings with one text took 18 s (every id counted up from 1 again). Each id now
    /// costs one or two tries, however many came before.
    @Test func headingIDsAreGivenInLinearSteps() {
        var ids = HeadingIDs.Unique()
        var given = Set<String>()
        for _ in 0..<20_000 { given.insert(ids.id(for: "x")) }
        #expect(given.count == 20_000)
        #expect(ids.tries <= 2 * 20_000, "\(ids.tries) tries for 20,000 headings")
        var mixed = HeadingIDs.Unique()
        #expect(
            [mixed.id(for: "x-1"), mixed.id(for: "x"), mixed.id(for: "x"), mixed.id(for: "x")] == [
                "x-1", "x", "x-2", "x-3",
            ])
    }

    /// The protocol allows 50,000 addresses per sitemap file; a larger site gets a sitemap
    /// index (`sitemap.xml`) and parts. Shown here with parts of five addresses.
    @Test func aLargeSiteGetsASitemapIndexAndParts() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let prepared = Site.prepare(
            BuildOptions(source: site.root, publication: Publication(now: TestSite.now)), progress: .silent,
            reuse: NoReuse())
        let producers: [any Producer] = [HomePages(), ArticlePages(), SitemapFile(maxURLs: 5), RobotsFile()]
        let routes = RouteTable(
            prepared.site, addresses: SiteAddresses(), base: SiteBase(url: "https://example.org/"),
            sources: producers)
        let context = RenderContext(
            site: prepared.site, routes: routes, settings: try prepared.settings(), folder: prepared.sources.folder)
        func text(_ path: String) throws -> String {
            let route = try #require(routes.route(at: SitePath(checking: path)!))
            guard case .text(let text) = try OutputFile(route: route, context: context).contents(.none) else {
                return ""
            }
            return text
        }
        let listed = routes.routes.count { $0.sitemap != nil }
        let parts = (listed + 4) / 5
        #expect(parts >= 3)
        let index = try text("/sitemap.xml")
        #expect(index.contains("<sitemapindex"))
        for part in 1...parts { #expect(index.contains("<loc>https://example.org/sitemap-\(part).xml</loc>")) }
        var urls = 0
        for part in 1...parts {
            let xml = try text("/sitemap-\(part).xml")
            let count = xml.components(separatedBy: "<url>").count - 1
            #expect(count <= 5)
            urls += count
        }
        #expect(urls == listed, "every address is in one part")
        #expect(try text("/robots.txt").contains("Sitemap: https://example.org/sitemap.xml"))
    }
}
