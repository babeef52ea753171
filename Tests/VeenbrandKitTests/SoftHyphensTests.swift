import Foundation
import Testing

@testable import VeenbrandKit

/// Long Dutch words get soft hyphens where Dutch breaks them, in a page's text only.
@Suite struct SoftHyphensTests {
    static let shy = "\u{00AD}"

    var dutch: Hyphenator? { Hyphenator.forLanguage("nl") }

    @Test func longDutchWordsBreakWhereDutchBreaksThem() throws {
        let hyphenator = try #require(dutch, "libhyphen and hyphen-nl are installed (scripts/setup.sh)")
        let word = hyphenator.softHyphenated("kennismakingsgesprekken")
        #expect(word.contains(Self.shy))
        #expect(SoftHyphens.removed(from: word) == "kennismakingsgesprekken")
        // A compound breaks between its parts, among other places.
        #expect(
            word.components(separatedBy: Self.shy).contains { $0.hasSuffix("kennismakings") || $0 == "ge" }
                || word.contains("s\(Self.shy)ge"))
        // Short words, addresses and words with capitals keep their letters; capitals break too.
        #expect(hyphenator.softHyphenated("jeugdzorg") == "jeugdzorg")
        #expect(
            hyphenator.softHyphenated("https://example.org/kennismakingsgesprekken/")
                == "https://example.org/kennismakingsgesprekken/")
        #expect(hyphenator.softHyphenated("Kinderbeschermingsmaatregelen").contains(Self.shy))
        #expect(hyphenator.softHyphenated("één kennismakingsgesprek.").hasSuffix("k."))
    }

    @Test func onlyTheBodysTextIsHyphenated() throws {
        let hyphenator = try #require(dutch, "libhyphen and hyphen-nl are installed (scripts/setup.sh)")
        let html = """
            <html><head><title>Kennismakingsgesprekken</title>\
            <meta content="kennismakingsgesprekken"></head><body>\
            <h1 class="kennismakingsgesprekken">Kennismakingsgesprekken</h1>\
            <p title="kennismakingsgesprekken">De kennismakingsgesprekken <a href="/kennismakingsgesprekken/">\
            jeugdbeschermingsketen</a> <code>kennismakingsgesprekken</code></p>\
            <pre><code>kennismakingsgesprekken</code> kennismakingsgesprekken</pre>\
            <!-- kennismakingsgesprekken --><p>einde</p></body></html>
            """
        let out = SoftHyphens.insert(into: html, hyphenator)
        #expect(SoftHyphens.removed(from: out) == html)
        let shy = out.components(separatedBy: Self.shy).count - 1
        #expect(shy >= 4)
        let head = out.components(separatedBy: "<body>")[0]
        #expect(!head.contains(Self.shy))
        for untouched in [
            "class=\"kennismakingsgesprekken\"", "title=\"kennismakingsgesprekken\"",
            "href=\"/kennismakingsgesprekken/\"", "<code>kennismakingsgesprekken</code>",
            "<pre><code>kennismakingsgesprekken</code> kennismakingsgesprekken</pre>",
            "<!-- kennismakingsgesprekken -->",
        ] {
            #expect(out.contains(untouched), "\(untouched)")
        }
        #expect(!out.contains(">Kennismakingsgesprekken</h1>") && !out.contains("De kennismakingsgesprekken <a"))
        #expect(!out.contains(">jeugdbeschermingsketen</a>"))
    }
}
