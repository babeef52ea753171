import Foundation
import Testing

@testable import VeenbrandKit

/// The front matter and site.yaml fields of what a shared link shows, and their errors.
@Suite struct SharingFieldsTests {
    func article(_ fields: String) throws(BuildFailure) -> Document {
        try DocumentParser.document("---\ntitle: T\ndate: 2024-01-01\n\(fields)---\nTekst.\n", path: "a.md")
    }

    func errors(_ fields: String) -> [String] {
        do throws(BuildFailure) {
            _ = try article(fields)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func anImageWithoutAltTextIsAnErrorAtItsLine() {
        let found = errors("image: /media/foto.jpg\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("a.md:4:8: 'image' has no 'imageAlt': describe in a sentence") == true)
    }

    @Test func anEmptyAltTextMarksADecorativeImage() throws {
        let parsed = try article("image: /media/foto.jpg\nimageAlt: \"\"\n")
        #expect(parsed.picture?.path == "/media/foto.jpg")
        #expect(parsed.text(.imageAlt) == "")
    }

    @Test func anAltTextLeftBlankIsAnError() {
        #expect(
            errors("image: /media/foto.jpg\nimageAlt:\n").first?.hasPrefix("a.md:5:10: 'imageAlt' is empty") == true)
    }

    @Test func pagesTakeAnImageToo() throws {
        let page = try DocumentParser.document(
            "---\ntitle: P\nimage: /media/p.png\nimageAlt: Een plein\n---\nTekst.\n", path: "content/paginas/p.md",
            kind: .standalonePages)
        #expect(page.picture?.path == "/media/p.png" && page.picture?.alt == "Een plein")
    }

    func config(_ extra: String) throws(BuildFailure) -> SiteConfig {
        try SiteConfig.parse("title: S\nbaseURL: https://www.example.nl/site/\n\(extra)", path: "content/site.yaml")
    }

    @Test func siteYAMLNamesTheLogoTheDefaultPictureAndTheCardsColours() throws {
        let parsed = try config(
            """
            logo: /assets/logo.svg
            image: /media/beweging.jpg
            shareCards:
              background: "#102030"
              accent: "#AABBCC"
              font: Noto Sans

            """)
        #expect(parsed.share.logo?.url == "/assets/logo.svg")
        #expect(parsed.share.image?.url == "/media/beweging.jpg")
        #expect(parsed.share.cards)
        #expect(parsed.share.style.background == "#102030" && parsed.share.style.accent == "#aabbcc")
        #expect(parsed.share.style.text == CardStyle().text && parsed.share.style.font == "Noto Sans")
        #expect(parsed.share.style.siteName == "S" && parsed.share.style.domain == "www.example.nl/site")
        #expect(try config("shareCards: false\n").share.cards == false)
    }

    @Test func aColourThatIsNotHexIsAnErrorAtItsLine() {
        do throws(BuildFailure) {
            _ = try config("shareCards:\n  background: bruin\n")
            Issue.record("no error")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "content/site.yaml:4:15: 'background' 'bruin' must be a colour written #rrggbb, like #5a1f07"
                ])
        }
    }

    @Test func theLogoAndPicturesMustBeImageFilesOfTheSite() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        func edit(_ path: String, _ old: String, _ new: String) throws {
            let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
            try site.write(path, text.replacingOccurrences(of: old, with: new))
        }
        try edit("content/site.yaml", "logo: /assets/logo.svg", "logo: /media/foto.jpg")
        try edit(
            "content/nieuws/tweede.md", "updated: 2022-01-10\n",
            "updated: 2022-01-10\nimage: /media/weg.jpg\nimageAlt: W\n")
        try site.write("content/media/kapot.png", "geen plaatje")
        do throws(BuildFailure) {
            try site.build()
            Issue.record("the build passed")
        } catch {
            let found = error.errors.map(\.description)
            #expect(found.contains("content/site.yaml:10:7: the logo must be an SVG file (icons are made from it)"))
            #expect(
                found.contains {
                    $0.hasPrefix("content/nieuws/tweede.md:8:8: the image '/media/weg.jpg' is not an image file")
                })
            #expect(found.contains { $0.hasPrefix("content/media/kapot.png:1:1: this image cannot be read") })
        }
    }

    /// A picture cut off halfway (an upload that broke) passes its header but not its copies:
    /// the build fails naming it, and the output stays as it was.
    @Test func aTruncatedImageFailsTheBuildNamingIt() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let before = TestSite.tree(at: site.output)
        let whole = try IncrementalBuildTests.picture(width: 1400, height: 900)
        try site.write("content/media/foto.jpg", whole.prefix(whole.count / 2))
        do throws(BuildFailure) {
            try site.build()
            Issue.record("the build passed")
        } catch {
            #expect(error.errors.contains { $0.description.hasPrefix("content/media/foto.jpg:1:1: ") })
        }
        #expect(TestSite.tree(at: site.output) == before)
    }

    /// With `shareCards: false` no card is made, and a page with an image shares that image.
    @Test func withoutCardsAPageSharesItsOwnImage() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let yaml = try String(contentsOf: site.root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        try site.write("content/site.yaml", yaml + "shareCards: false\n")
        try site.build()
        let tree = TestSite.tree(at: site.output)
        #expect(!tree.keys.contains { $0.contains("deelkaart") })
        let page = String(decoding: tree["nieuws/welkom/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/media/foto.jpg\">"))
        #expect(page.contains("<meta property=\"og:image:width\" content=\"1000\">"))
        #expect(page.contains("content=\"Een kring van jongeren in gesprek bij de start van de beweging\">"))
        let other = String(decoding: tree["nieuws/tweede/index.html"] ?? Data(), as: UTF8.self)
        #expect(!other.contains("og:image") && other.contains("<meta name=\"twitter:card\" content=\"summary\">"))
    }
}
