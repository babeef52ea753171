import Foundation
import Testing

@testable import VeenbrandKit

/// Standalone pages (`content/paginas/`) and aliases, on the `prefixed` golden site and on
/// small sites written here.
@Suite struct PagesAndRedirectsTests {
    /// The page's HTML, without the soft hyphens of its long words.
    func page(_ site: TestSite, _ path: String) throws -> String {
        SoftHyphens.removed(from: try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8))
    }

    @Test func pagesAreInTheMenuInOrderOrInTheFooter() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let before = try site.build().pages
        try site.write("content/paginas/b.md", "---\ntitle: Tweede in het menu\nmenu: 2\n---\n\nB.\n")
        try site.write(
            "content/paginas/a.md", "---\ntitle: Over de beweging\nmenuTitle: Over ons\nmenu: 1\n---\n\nA.\n")
        try site.write("content/paginas/privacy.md", "---\ntitle: Privacy\n---\n\nGeen cookies.\n")
        try site.write("content/paginas/concept.md", "---\ntitle: Nog niet\ndraft: true\n---\n\nConcept.\n")
        let summary = try site.build()
        let home = try page(site, "index.html")
        let menu = home.components(separatedBy: "<ul class=\"menu\">")[1].components(separatedBy: "</ul>")[0]
        #expect(menu.range(of: ">Over ons</a>")!.lowerBound < menu.range(of: ">Tweede in het menu</a>")!.lowerBound)
        #expect(menu.range(of: ">Tweede in het menu</a>")!.lowerBound < menu.range(of: ">Zoeken</a>")!.lowerBound)
        #expect(!menu.contains("Privacy") && home.contains("<li><a href=\"/privacy/\">Privacy</a></li>"))
        let about = try page(site, "a/index.html")
        #expect(about.contains("<li><a href=\"/a/\" aria-current=\"page\">Over ons</a></li>"))
        #expect(
            about.contains("<h1>Over de beweging</h1>")
                && about.contains("<title>Over de beweging | Testbeweging &amp; co</title>"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("concept").path))
        #expect(try page(site, "sitemap.xml").contains("<loc>https://example.org/privacy/</loc>"))
        #expect(summary.pages == before + 3)
        try site.build(drafts: true)
        #expect(try page(site, "concept/index.html").contains("Concept: deze pagina is nog niet gepubliceerd."))
    }

    @Test func aliasesRedirectAndAreListedForNetlify() throws {
        let site = try TestSite(fixture: "sites/prefixed")
        defer { site.cleanUp() }
        let summary = try site.build()
        #expect(summary.redirects == 3)
        #expect(
            try page(site, "_redirects") == """
                /sub/nieuws/eerste-bericht.html /sub/nieuws/eerste/ 301
                /sub/oud/eerste/ /sub/nieuws/eerste/ 301
                /sub/over-ons/ /sub/over-de-beweging/ 301

                """)
        let redirect = try page(site, "oud/eerste/index.html")
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/sub/nieuws/eerste/\">"))
        #expect(redirect.contains("<link rel=\"canonical\" href=\"https://example.org/sub/nieuws/eerste/\">"))
        #expect(redirect.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(redirect.contains("<a href=\"/sub/nieuws/eerste/\">Het eerste bericht</a>"))
        #expect(!(try page(site, "sitemap.xml")).contains("/oud/"), "redirects are not in the sitemap")
    }

    @Test func aSiteWithoutAliasesHasNoRedirectsFile() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("_redirects").path))
    }

    /// A draft keeps its address and its aliases: nothing published may take them.
    @Test func aDraftsAddressesAreStillItsOwn() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write(
            "content/nieuws/nog-niet.md",
            "---\ntitle: Nog niet\ndate: 2021-01-01\ndraft: true\naliases: [/oud/]\n---\n\nX.\n")
        try site.write("content/paginas/oud.md", "---\ntitle: Oud\n---\n\nY.\n")
        do {
            try site.build()
            Issue.record("built")
        } catch {
            #expect(
                error.description.contains("content/paginas/oud.md:1:1: the page's slug 'oud' is already taken")
                    || error.description.contains("alias '/oud/' is the address of content/paginas/oud.md"))
        }
    }
}
