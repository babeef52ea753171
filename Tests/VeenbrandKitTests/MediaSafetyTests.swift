import Foundation
import Testing

@testable import VeenbrandKit

/// The editors' media are served from the site's own address: nothing among them may run
/// script. Pages and scripts are refused by name, an SVG that can run script by what it holds.
@Suite struct MediaSafetyTests {
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"#

    @Test(arguments: [
        ("<script>alert(1)</script>", "a <script> element"),
        ("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">x</svg:script>", "a <script> element"),
        ("<foreignObject><div>x</div></foreignObject>", "a <foreignObject> element"),
        ("<rect onload=\"alert(1)\"/>", "the event attribute onload on <rect>"),
        ("<rect ONCLICK=\"alert(1)\"/>", "the event attribute ONCLICK on <rect>"),
        ("<a xlink:href=\"jav&#x09;ascript:alert(1)\"><text>x</text></a>", "a script address in xlink:href on <a>"),
        ("<a href=\" JavaScript:alert(1)\">x</a>", "a script address in href on <a>"),
        ("<set attributeName=\"href\" to=\"x\"/>", "an animation of href"),
        ("<animate attributeName=\"onbegin\" values=\"x\"/>", "an animation of onbegin"),
        ("<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>", "a script address in href on <image>"),
        ("<iframe src=\"https://example.org\"/>", "a <iframe> element"),
    ])
    func scriptIsFound(element: String, what: String) throws {
        let text = "\(Self.svg)\n  \(element)\n</svg>\n"
        let problem = try #require(MediaSafety.scriptInSVG(text, path: "content/media/x.svg"))
        #expect(problem.location.line == 2, "\(problem)")
        #expect(problem.message.hasPrefix("this SVG can run script (\(what))"), "\(problem)")
    }

    @Test func drawingsAsEditorsMakeThemPass() throws {
        let illustrator = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
              <!ENTITY ns_svg "http://www.w3.org/2000/svg">
            ]>
            <svg xmlns="&ns_svg;" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <style>.a{fill:#5a1f07}</style>
              <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
              <a href="https://example.org/"><rect class="a" width="10" height="10" fill="url(#g)"/></a>
              <use xlink:href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/>
              <animate attributeName="opacity" values="0;1" dur="1s"/>
            </svg>
            """
        #expect(MediaSafety.scriptInSVG(illustrator, path: "x.svg") == nil)
        let broken = MediaSafety.scriptInSVG("<svg><rect></svg>", path: "x.svg")
        #expect(broken?.message.hasPrefix("this SVG is not well-formed XML") == true)
    }

    /// Media are named by what they are, from a list: XML of any kind (`.xsd`, `.gpx`, `.rss`),
    /// which browsers render with its scripts when it holds XHTML, is not on it.
    @Test func onlyKnownKindsOfFilesAreMedia() {
        for name in ["x.xsd", "x.gpx", "x.rss", "x.atom", "x.kml", "x.svg.gz", "README", "x.HTM", "x.php"] {
            #expect(MediaSafety.problem(withName: "content/media/" + name) != nil, "\(name)")
        }
        for name in ["foto.JPG", "verslag.pdf", "a.docx", "lied.mp3", "film.webm", "agenda.ics", "tekst.txt"] {
            #expect(MediaSafety.problem(withName: "content/media/map/" + name) == nil, "\(name)")
        }
        #expect(
            MediaSafety.problem(withName: "content/media/README")?.message.hasPrefix("a file without a type") == true)
    }

    /// docs/content.md lists what the media may hold, as the code does.
    @Test func theDocsListTheKindsOfMedia() throws {
        let docs = try String(
            contentsOf: TestSite.repository.appendingPathComponent("docs/content.md"), encoding: .utf8)
        let list = MediaSafety.allowedExtensions.map { kind in
            "\(kind.kind) (\(kind.names.map { "`\($0)`" }.joined(separator: ", ")))"
        }.joined(separator: ", ")
        #expect(docs.replacingOccurrences(of: "\n", with: " ").contains(list), "docs/content.md should say: \(list)")
    }

    /// An SVG in another encoding than UTF-8 is read differently by different programs.
    @Test func anSVGInAnotherEncodingIsRefused() {
        let svg = "<?xml version='1.0' encoding='ISO-2022-JP'?>\n\(Self.svg)</svg>"
        #expect(MediaSafety.scriptInSVG(svg, path: "x.svg")?.message.contains("encoding other than UTF-8") == true)
        let plain = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(Self.svg)</svg>"
        #expect(MediaSafety.scriptInSVG(plain, path: "x.svg") == nil)
    }

    @Test func buildAndCheckRefuseMediaThatRunScript() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let before = TestSite.tree(at: site.output)
        try site.write("content/media/teken.svg", "\(Self.svg)\n<rect onmouseover=\"steel()\"/>\n</svg>\n")
        try site.write("content/media/pagina.HTML", "<script>steel()</script>")
        try site.write("content/media/oud/script.js", "steel()")
        try site.write("content/media/feed.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")
        let (build, check) = CheckIsTheBuildTests().outcomes(site)
        #expect(
            build.map { String($0.prefix(while: { $0 != " " })) } == [
                "content/media/feed.xml:1:1:", "content/media/oud/script.js:1:1:", "content/media/pagina.HTML:1:1:",
                "content/media/teken.svg:2:28:",
            ], "\(build)")
        #expect(build.first?.contains("a .xml file in the media could be opened as part of the site") == true)
        #expect(Set(build).isSubset(of: Set(check)))
        #expect(TestSite.tree(at: site.output) == before)
    }
}
