import Foundation
import Testing

@testable import VeenbrandKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Hostile text in every field editors control must come out as text: escaped in HTML,
/// attributes, feeds and the sitemap, never as markup.
@Suite struct EscapingTests {
    static let attack = "<script>alert(1)</script>"

    func hostileSite() throws -> TestSite {
        let site = try TestSite()
        try site.write(
            "content/site.yaml",
            """
            title: 'Site "\(Self.attack)" & co'
            description: "Beschrijving <img src=x onerror=alert(2)> & 'quotes'"
            baseURL: https://example.org/
            language: nl
            """)
        try site.write(
            "content/themes.yaml",
            """
            - name: 'Thema "\(Self.attack)" & <b>vet</b>'
              slug: thema
              description: "<iframe src=//evil> & \\"q\\""
            """)
        try site.write(
            "content/nieuws/aanval.md",
            """
            ---
            title: '"><script>alert(3)</script> & ''titel'''
            date: 2021-01-01
            summary: "<svg onload=alert(4)> & \\"samenvatting\\""
            themes: ['Thema "\(Self.attack)" & <b>vet</b>']
            keywords: ["<img src=x onerror=alert(5)>", "a&b"]
            author: "<script>alert(6)</script>"
            ---

            Tekst met <script>alert(8)</script> en [klik](javascript:alert(9)) en <a href="x" onclick="alert(10)">a</a>.
            """)
        try FileManager.default.copyItem(
            at: TestSite.repository.appendingPathComponent("theme"),
            to: site.root.appendingPathComponent("theme"))
        return site
    }

    @Test func nothingFromContentBecomesMarkup() throws {
        let site = try hostileSite()
        defer { site.cleanUp() }
        try site.build()
        let tree = TestSite.tree(at: site.output)
        #expect(tree.count > 5)
        for (path, data) in tree where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            let opening = "<script type=\"application/ld+json\">"
            for line in text.split(separator: "\n") where line.hasPrefix(opening) {
                #expect(line.hasSuffix("</script>"), "\(path): \(line)")
                #expect(!line.dropFirst(opening.count).dropLast("</script>".count).contains("<"), "\(path): \(line)")
            }
            for number in 1...10 {
                let payload = "alert(\(number))"
                // JSON-LD is script data, not markup: there `<` is written \u003c, so no tag can start.
                for line in text.split(separator: "\n")
                where line.contains(payload) && !line.hasPrefix("<script type=\"application/ld+json\">") {
                    // The payload may appear only as escaped text, never inside a live tag.
                    #expect(!line.contains("<script>\(payload)"), "\(path): \(line)")
                    #expect(!line.contains("onerror=\(payload)") || line.contains("&lt;img"), "\(path): \(line)")
                    #expect(!line.contains("<svg onload"), "\(path): \(line)")
                    #expect(!line.contains("onclick=\"\(payload)"), "\(path): \(line)")
                    #expect(!line.contains("href=\"javascript:"), "\(path): \(line)")
                    #expect(!line.contains("src=\"javascript:"), "\(path): \(line)")
                    #expect(!line.contains("content=\"javascript:"), "\(path): \(line)")
                }
            }
            #expect(!text.contains("<iframe"), "\(path)")
            #expect(!text.contains("<b>vet</b>"), "\(path)")
        }
    }

    /// A quote followed by a combining mark is one `Character`; escaping must still catch it,
    /// or the quote ends an attribute value and the rest of the title becomes attributes.
    @Test func aQuoteWithACombiningMarkCannotLeaveAnAttribute() throws {
        let site = try hostileSite()
        defer { site.cleanUp() }
        try site.write(
            "content/nieuws/accent.md",
            """
            ---
            title: "Kop\\"\u{301} onmouseover=alert(11) x=\\"\u{301}"
            date: 2021-01-02
            summary: "<\u{338}script> & '\u{301}"
            ---

            Tekst.
            """)
        try site.build()
        let page = String(
            decoding: try Data(contentsOf: site.output.appendingPathComponent("nieuws/accent/index.html")),
            as: UTF8.self)
        #expect(page.contains("content=\"Kop&quot;\u{301} onmouseover=alert(11) x=&quot;\u{301}\""))
        for (path, data) in TestSite.tree(at: site.output) where path.hasSuffix(".html") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(
                !text.unicodeScalars.split(separator: "\n").contains { line in
                    let line = String(String.UnicodeScalarView(line))
                    return line.contains("\"\u{301}") && !line.hasPrefix("<script type=\"application/ld+json\">")
                }, "\(path)")
            #expect(!text.contains("<\u{338}script"), "\(path)")
        }
    }

    @Test func escapingWorksOnBytes() {
        #expect(Escaping.html("a\"\u{301}<\u{338}&'>") == "a&quot;\u{301}&lt;\u{338}&amp;&#39;&gt;")
        #expect(Escaping.html("Zeeën — geen tekens") == "Zeeën — geen tekens")
        #expect(Escaping.html("") == "")
    }

    static func article(image: String) throws -> String {
        let value = String(decoding: try JSONEncoder().encode(image), as: UTF8.self)
        return "---\ntitle: T\ndate: 2024-01-01\nimage: \(value)\nimageAlt: Foto\n---\nTekst\n"
    }

    /// A lead image is a file of the site: no scheme (`javascript:`, `data:`…) can reach `src`
    /// or `og:image`.
    @Test(arguments: [
        "javascript:alert(7)", " JavaScript:alert(7)", "java\tscript:alert(7)", "data:text/html,x", "vbscript:x",
        "https://example.org/a.jpg", "foto.jpg", "/media/../geheim.jpg", "/media/",
    ])
    func aLeadImageThatIsNoFileOfTheSiteIsAnError(image: String) throws {
        #expect(throws: BuildFailure.self) {
            try DocumentParser.parse(
                try Self.article(image: image), path: "content/nieuws/a.md", kind: .articles, catalog: nil)
        }
    }

    @Test(arguments: [
        "javascript:alert(7)", " JAVASCRIPT:x", "java\tscript:x", "java\u{A0}script:x", "\u{1}file:///etc/passwd",
        "data:text/html,x", "VBScript:x", "data:image/svg+xml,<svg>",
    ])
    func scriptLinksAreDangerous(url: String) {
        #expect(CMark.isDangerous(url))
    }

    @Test(arguments: [
        "/nieuws/a/", "https://example.org/javascript:", "#data:", "mailto:a@b.nl", "data:image/png;base64,AA",
        "jävascript:x",
    ])
    func otherLinksAreNot(url: String) {
        #expect(!CMark.isDangerous(url))
    }

    @Test(arguments: ["/media/foto.jpg", "/media/a:b.jpg", "/assets/logo.svg"])
    func filesOfTheSiteAreLeadImages(image: String) throws {
        let parsed = try DocumentParser.document(try Self.article(image: image), path: "content/nieuws/a.md")
        #expect(parsed.picture?.path == image)
        #expect(parsed.picture?.alt == "Foto")
    }

    @Test func feedsAndTheSitemapStayWellFormedXML() throws {
        let site = try hostileSite()
        defer { site.cleanUp() }
        try site.build()
        for (path, data) in TestSite.tree(at: site.output) where path.hasSuffix(".xml") {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
        }
        let feed = try String(contentsOf: site.output.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(
            feed.contains("&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; &apos;titel&apos;")
                || feed.contains("\"&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; 'titel'"))
    }
}
