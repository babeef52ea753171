import Foundation
import Testing

@testable import VeenbrandKit

@Suite struct MarkdownRendererTests {
    func article(_ body: String, summary: String? = nil) throws -> ParsedDocument {
        var text = "---\ntitle: T\ndate: 2021-01-01\nslug: stuk\n"
        if let summary { text += "summary: \(summary)\n" }
        return try DocumentParser.parse(text + "---\n" + body, path: "a.md", kind: .articles, catalog: nil)
    }

    func entry(_ parsed: ParsedDocument) -> Document { Parsing.index(parsed, stamp: nil) }

    let safe = MarkdownRenderer(unsafeHTML: false, base: SiteBase(url: "https://example.org/"))
    let unsafe = MarkdownRenderer(unsafeHTML: true, base: SiteBase(url: "https://example.org/"))

    @Test func rendersGitHubFlavouredMarkdown() throws {
        let html = safe.render(
            try article("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~weg~~ https://example.org\n\n- [x] klaar\n")
        ).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>weg</del>"))
        #expect(html.contains("<a href=\"https://example.org\">https://example.org</a>"))
        #expect(html.contains("type=\"checkbox\""))
    }

    /// cmark-gfm's global special-character table once made concurrent parses lose `~~` and
    /// autolinks (seen as a flaky test); every render at once must equal the serial one.
    @Test func concurrentRendersAgreeWithTheSerialOne() throws {
        let input = try article(
            "~~weg~~ https://example.org en www.example.org | x |\n\n| a | b |\n|---|---|\n| ~~1~~ | 2 |\n")
        let expected = safe.render(input).html
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 3000) { _ in
            results.add(safe.render(input).html == expected)
        }
        #expect(results.mismatches == 0)
    }

    @Test func rawHTMLIsDroppedUnlessAllowed() throws {
        let body = "<div class=\"x\">blok</div>\n\nTekst met <b>vet</b>.\n"
        let dropped = safe.render(try article(body)).html
        #expect(!dropped.contains("<div"))
        #expect(!dropped.contains("<b>"))
        let kept = unsafe.render(try article(body)).html
        #expect(kept.contains("<div class=\"x\">blok</div>"))
        #expect(kept.contains("<b>vet</b>"))
    }

    @Test func theTagFilterAppliesEvenWhenRawHTMLIsAllowed() throws {
        let html = unsafe.render(try article("<script>alert(1)</script>\n\n<iframe src=x></iframe>\n")).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "data:text/html,x", " javascript:x"])
    func dangerousLinksAreNotEmitted(url: String) throws {
        let rendered = safe.render(try article("[klik](<\(url)>) hier\n"), feedHTML: true)
        #expect(rendered.html == "<p>klik hier</p>\n")
        #expect(rendered.feedHTML?.contains("href") == false)
    }

    /// Under a base path, a link written from the site's root gets the path on the page, and
    /// feeds make it absolute from the same root; relative and external links are left alone.
    @Test func rootRelativeLinksGetTheBasePath() throws {
        let renderer = MarkdownRenderer(unsafeHTML: false, base: SiteBase(url: "https://example.org/sub/"))
        let rendered = renderer.render(
            try article("[a](/themas/x/) [b](../andere/) [c](//elders.nl/) ![i](/media/f.jpg)\n"),
            feedHTML: true)
        #expect(rendered.html.contains("href=\"/sub/themas/x/\"") && rendered.html.contains("src=\"/sub/media/f.jpg\""))
        #expect(rendered.html.contains("href=\"../andere/\"") && rendered.html.contains("href=\"//elders.nl/\""))
        #expect(rendered.feedHTML?.contains("href=\"https://example.org/sub/themas/x/\"") == true)
        #expect(rendered.feedHTML?.contains("href=\"https://example.org/sub/nieuws/andere/\"") == true)
        #expect(rendered.links.map(\.url) == ["/themas/x/", "../andere/", "//elders.nl/", "/media/f.jpg"])
    }

    @Test func feedLinksAreAbsolute() throws {
        let rendered = safe.render(
            try article(
                "[a](/themas/x/) [b](../andere/) [c](foto.jpg) [d](#kop) [e](https://elders.nl/) "
                    + "[f](mailto:a@b.nl)\n\n![i](/media/f.jpg)\n"
            ),
            feedHTML: true)
        #expect(rendered.html.contains("href=\"/themas/x/\""))
        for expected in [
            "https://example.org/themas/x/", "https://example.org/nieuws/andere/",
            "https://example.org/nieuws/stuk/foto.jpg", "https://example.org/nieuws/stuk/#kop",
            "https://elders.nl/", "mailto:a@b.nl", "src=\"https://example.org/media/f.jpg\"",
        ] {
            #expect(rendered.feedHTML?.contains(expected) == true, "\(expected)")
        }
    }

    @Test func whitespaceRunsCollapseToOneSpace() {
        #expect(CMark.collapsingWhitespace("  Een\n\ttwee\r\n drie\u{2003}vier  ") == "Een twee drie vier")
        #expect(CMark.collapsingWhitespace("zeeën\u{A0}\u{A0}en") == "zeeën en")
        #expect(CMark.collapsingWhitespace(" \n ") == "")
    }

    @Test func summaryDefaultsToTheFirstParagraphAsPlainText() throws {
        let body = "## Kop\n\nDe *eerste*\n[alinea](/x/).\n\nTweede.\n"
        #expect(entry(try article(body)).summary == "De eerste alinea.")
        #expect(safe.render(try article(body)).firstParagraph == "De eerste alinea.")
        #expect(entry(try article("Tekst.", summary: "Eigen")).summary == "Eigen")
        #expect(entry(try article("## Alleen een kop\n")).summary == "")
    }

    /// The summary made when parsing is the first paragraph the page renderer sees, whatever
    /// the body starts with and whether raw HTML is allowed.
    @Test(arguments: [
        "Tekst met <b>html</b> en een voetnoot[^1].\n\n[^1]: Noot.\n", "[^1]: Noot eerst.\n\nDan tekst.\n",
        "<div>\nblok\n</div>\n\nNa het blok.\n", "* lijst\n\nAlinea *met* [link](/x/) en ~~weg~~.\n",
    ])
    func theIndexedSummaryIsTheRenderedFirstParagraph(body: String) throws {
        let summary = entry(try article(body)).summary
        #expect(summary == safe.render(try article(body)).firstParagraph)
        #expect(summary == unsafe.render(try article(body)).firstParagraph)
    }

    /// Feeds ask for their HTML alone: the same bytes as when the page's is made with it.
    @Test func feedHTMLAloneIsTheSame() throws {
        let parsed = try article("## Kop\n\n[a](/themas/x/) tekst[^1].\n\n| a |\n|-|\n| 1 |\n\n[^1]: Noot.\n")
        let both = safe.render(parsed, feedHTML: true)
        let alone = safe.render(
            parsed.body, path: parsed.path, firstLine: parsed.bodyFirstLine,
            page: SiteAddresses().document(parsed.kind, parsed.slug),
            feedHTML: true, details: true, pageHTML: false)
        #expect(alone.html.isEmpty && !both.html.isEmpty)
        #expect(alone.feedHTML == both.feedHTML && alone.feedHTML?.contains("https://") == true)
    }

    @Test func headingsGetUniqueIDsAndNoSourcePositionsLeak() throws {
        let rendered = safe.render(
            try article(
                "## Wat moet er gebeuren?\n\nTekst.\n\n### Contact\n\n## Wat *moet* er gebeuren?\n\n> ## In "
                    + "een citaat\n"
            ),
            feedHTML: true)
        #expect(rendered.headingIDs == ["wat-moet-er-gebeuren", "contact", "wat-moet-er-gebeuren-1", "in-een-citaat"])
        #expect(rendered.html.contains("<h2 id=\"wat-moet-er-gebeuren\">Wat moet er gebeuren?</h2>"))
        #expect(rendered.html.contains("<h3 id=\"contact\">Contact</h3>"))
        #expect(rendered.html.contains("<h2 id=\"wat-moet-er-gebeuren-1\">"))
        #expect(rendered.feedHTML?.contains("<h2 id=\"in-een-citaat\">") == true)
        #expect(!rendered.html.contains("sourcepos"))
        #expect(rendered.feedHTML?.contains("sourcepos") == false)
    }

    @Test func linksCarryTheirPositionInTheFile() throws {
        // Front matter is 5 lines (---, title, date, slug, ---), so the body starts on line 6.
        let rendered = safe.render(try article("Eerste regel.\n\nZie [dit](/nieuws/x/) en\n![foto](/media/f.jpg).\n"))
        #expect(rendered.links.map(\.url) == ["/nieuws/x/", "/media/f.jpg"])
        #expect(rendered.links.map(\.location.line) == [8, 9])
        #expect(rendered.links[0].location.column == 5)
        #expect(rendered.links.map(\.isImage) == [false, true])
    }

    @Test func linkColumnsCountCharactersNotBytes() throws {
        let rendered = safe.render(try article("Cliëntenraad ‘x’ [link](/a/)\n"))
        #expect(rendered.links.first?.location.column == 18)
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var failures = 0
    func add(_ ok: Bool) { lock.withLock { if !ok { failures += 1 } } }
    var mismatches: Int { lock.withLock { failures } }
}

extension MarkdownRenderer {
    /// Renders a freshly parsed article's body, as its page would.
    func render(_ parsed: ParsedDocument, feedHTML: Bool = false) -> RenderedBody {
        render(
            parsed.body, path: parsed.path, firstLine: parsed.bodyFirstLine,
            page: SiteAddresses().document(parsed.kind, parsed.slug), feedHTML: feedHTML, details: true)
    }
}
