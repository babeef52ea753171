import Testing

@testable import VeenbrandKit

@Suite struct SlugTests {
    @Test(arguments: [
        ("Cliëntenraad", "clientenraad"),
        ("Doe je mee?", "doe-je-mee"),
        ("  Radicale   vernieuwing -- jeugdzorg!  ", "radicale-vernieuwing-jeugdzorg"),
        ("Zo’n beweging", "zo-n-beweging"),
        ("Wmcz 2018", "wmcz-2018"),
        ("../../etc/passwd", "etc-passwd"),
        ("ÉÈÊ çà", "eee-ca"),
    ])
    func slugifies(input: String, expected: String) {
        #expect(Slug(input)?.value == expected)
    }

    @Test func nothingSlugWorthyIsNil() {
        #expect(Slug("") == nil)
        #expect(Slug("?!—") == nil)
        #expect(Slug("日本") == nil)
    }

    @Test func slugsNeverContainPathCharacters() {
        for text in ["a/b", "a\\b", "..", "%2e%2e", "a.b", "~user", "a\0b"] {
            let value = Slug(text)?.value ?? ""
            #expect(!value.contains("/") && !value.contains(".") && !value.contains("%") && !value.contains("\\"))
        }
    }
}

@Suite struct SitePathTests {
    @Test func folderPagesAreIndexFiles() {
        let addresses = SiteAddresses()
        #expect(addresses.document(.articles, Slug("welkom")!).outputFile == "nieuws/welkom/index.html")
        #expect(SitePath.root.outputFile == "index.html")
        #expect(addresses.listPage(2, of: .root).url == "/pagina/2/")
        #expect(addresses.topicFeed(Slug("opstart")!).outputFile == "themas/opstart/feed.xml")
    }

    @Test func absoluteURLsJoinTheBase() {
        #expect(
            SiteBase(url: "https://example.org/").absolute(SiteAddresses().topic(Slug("opstart")!))
                == "https://example.org/themas/opstart/")
        #expect(
            SiteBase(url: "https://example.org/sub/").absolute(SiteAddresses().topic(Slug("opstart")!))
                == "https://example.org/sub/themas/opstart/")
        #expect(
            SiteBase(url: "https://example.org/sub/").href(SiteAddresses().topic(Slug("opstart")!))
                == "/sub/themas/opstart/")
    }

    @Test func unsafeSegmentsAreRecognised() {
        #expect(!SitePath.isSafeSegment(".."))
        #expect(!SitePath.isSafeSegment("a/b"))
        #expect(!SitePath.isSafeSegment("%2e"))
        #expect(SitePath.isSafeSegment("feed.xml"))
    }
}
