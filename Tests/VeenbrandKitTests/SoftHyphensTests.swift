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

    /// Only the words that need it change: every other character, whitespace of any kind,
    /// emoji and combining marks included, comes out as it went in, in its place.
    @Test func everythingButTheBreaksIsKeptInItsPlace() throws {
        let hyphenator = try #require(dutch, "libhyphen and hyphen-nl are installed (scripts/setup.sh)")
        let decomposed = "kinderbeschermingsmaatrege\u{0301}len"
        let text = """
            De  kennismakingsgesprekken\tgaan\u{00A0}door 🙂 met jeugdbeschermingsketenpartners,\n\
            info@kennismakingsgesprekken.nl, 2025-kennismakingsgesprekken en \(decomposed) \u{2003}einde
            """
        let out = hyphenator.softHyphenated(text[...])
        #expect(SoftHyphens.removed(from: out) == text)
        let words = out.components(separatedBy: CharacterSet.whitespacesAndNewlines)
        #expect(words.first { SoftHyphens.removed(from: $0).hasPrefix("kennis") }?.contains(Self.shy) == true)
        #expect(words.first { SoftHyphens.removed(from: $0).hasPrefix("jeugd") }?.contains(Self.shy) == true)
        #expect(words.first { SoftHyphens.removed(from: $0).hasPrefix("info@") }?.contains(Self.shy) == false)
        #expect(
            hyphenator.softHyphenated("korte woorden\tblijven\u{00A0}zoals ze zijn")
                == "korte woorden\tblijven\u{00A0}zoals ze zijn")
    }
}
