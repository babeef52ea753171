import Foundation
import Testing

@testable import VeenbrandKit

/// The follow page: every feed's address to copy, the visible "follow" links leading to it, and
/// feeds that are for feed readers only (no XSLT).
@Suite struct FollowPageTests {
    func read(_ site: TestSite, _ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    /// The addresses of the page's copy fields.
    func fields(_ html: String) -> [String] {
        html.components(separatedBy: "class=\"feed-field\" type=\"url\" value=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }

    @Test func theFollowPageOffersEveryFeedAndTheLinksLeadToIt() throws {
        let site = try TestSite(fixture: "sites/paths")
        defer { site.cleanUp() }
        try site.build()
        let follow = try read(site, "volgen/index.html")
        let offered = Set(fields(follow))
        var feeds: Set<String> = []
        for case let file as String in FileManager.default.enumerator(atPath: site.output.path)!
        where file.hasSuffix("feed.xml") || file == "events/events.ics" {
            feeds.insert("https://example.org/sub/" + file)
        }
        #expect(feeds.count > 4 && feeds.contains("https://example.org/sub/events/feed.xml"))
        #expect(offered == feeds)
        // Each theme's and keyword's part has the anchor its page links to.
        for (folder, word) in [("topics", "topics"), ("tags", "tags")] {
            let slugs = try FileManager.default.contentsOfDirectory(
                atPath: site.output.appendingPathComponent(folder).path
            ).filter { !$0.hasSuffix(".html") && $0 != "p" }
            #expect(!slugs.isEmpty)
            for slug in slugs {
                guard let page = try? read(site, "\(folder)/\(slug)/index.html") else { continue }
                #expect(page.contains("<a href=\"/sub/volgen/#\(word)-\(slug)\">"), "\(folder)/\(slug)")
                #expect(follow.contains("<li id=\"\(word)-\(slug)\">"), "\(word)-\(slug)")
                #expect(page.contains("<link rel=\"alternate\" type=\"application/rss+xml\""))
            }
        }
        #expect(try read(site, "events/index.html").contains("<a href=\"/sub/volgen/#events\">"))
        #expect(follow.contains("<h2 id=\"events\">") && follow.contains("href=\"webcal://example.org/sub/events/"))
        // The footer of every page leads here; no page shows a feed's address as a link.
        let home = try read(site, "index.html")
        #expect(home.contains("<li><a href=\"/sub/volgen/\">Volgen via RSS</a></li>"))
        #expect(!home.components(separatedBy: "</head>")[1].contains("feed.xml\""))
        #expect(try read(site, "sitemap.xml").contains("<loc>https://example.org/sub/volgen/</loc>"))
        // Feeds are for feed readers: no stylesheet, and none in the output.
        #expect(!(try read(site, "feed.xml")).contains("xml-stylesheet"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("feed.xsl").path))
    }

    @Test func theFollowPagesWordIsASetting() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        try site.write("content/site.yaml", yaml + "paths:\n  follow: abonneren\n")
        try site.build()
        #expect(fields(try read(site, "abonneren/index.html")).contains("https://example.org/feed.xml"))
        #expect(try read(site, "index.html").contains("<a href=\"/abonneren/\">"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("volgen").path))
    }
}
