import Foundation
import Testing

@testable import VeenbrandKit

/// The preview's error page speaks the site's language, explains the common mistakes in plain
/// words, and shows the lines around each error with the spot marked.
@Suite struct ErrorPageTests {
    func page(_ files: [String: String], language: String? = nil) throws -> String {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        if let language {
            try site.write("content/site.yaml", "title: Site\nbaseURL: https://example.org/\nlanguage: \(language)\n")
        }
        for (path, text) in files { try site.write(path, text) }
        do {
            try site.build()
        } catch {
            return ErrorPage.html(error.errors, site: site.root)
        }
        Issue.record("the site built")
        return ""
    }

    static let colon = "---\ntitle: Zorg: nu anders\ndate: 2021-05-01\n---\n\nTekst.\n"

    @Test func isInTheSitesLanguageWithPlainAdviceAndTheLines() throws {
        let html = try page(["content/nieuws/welkom.md": Self.colon])
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("<h1>De site kan niet worden bijgewerkt</h1>"))
        #expect(html.contains("Er staat 1 fout in de bestanden."))
        #expect(html.contains("<h2>content/nieuws/welkom.md, regel 2, teken 12</h2>"))
        #expect(html.contains("In het veld <code>title</code> staat een dubbele punt"))
        #expect(
            html.contains("<pre class=\"example\" tabindex=\"0\"><code>title: &quot;Zorg: nu anders&quot;</code></pre>")
        )
        // Lines 1 to 3, the colon marked, a caret under it that screen readers skip.
        #expect(html.contains("Regel 1 tot en met 3, met de plek"))
        #expect(html.contains("<span class=\"gutter\">2 │ </span>title: Zorg<mark>:</mark> nu anders"))
        #expect(html.contains("<span class=\"caret\" aria-hidden=\"true\">  │            ^</span>"))
        #expect(html.contains("<span class=\"gutter\">3 │ </span>date: 2021-05-01</code></pre>"))
        // The message CI prints is there too, marked as English.
        #expect(html.contains("<span lang=\"en\">content/nieuws/welkom.md:2:12: the title contains"))
    }

    @Test func proseIsNotSetInMonospace() throws {
        let html = try page(["content/nieuws/welkom.md": Self.colon])
        let body = try #require(ErrorPage.style.split(separator: "\n").first { $0.hasPrefix("body {") })
        #expect(body.contains("system-ui") && !body.contains("monospace"))
        // Monospace is for pre and code only, and no paragraph is inside either.
        let rules = ErrorPage.style.split(separator: "\n").filter { $0.contains("monospace") }
        #expect(rules.allSatisfy { $0.hasPrefix("pre ") || $0.hasPrefix("code ") })
        #expect(!html.contains("<li><code>"))
        #expect(!html.contains("<pre><p") && !html.contains("<code><p"))
    }

    @Test func aMissingClosingLineShowsWhereTheTextSeemsToStart() throws {
        let html = try page(["content/nieuws/welkom.md": "---\ntitle: T\ndate: 2021-05-01\n\nDe tekst.\n"])
        #expect(html.contains("Zet een regel met alleen --- vóór regel 5"))
        #expect(html.contains("Regel 1 tot en met 2, met de plek"))
        #expect(html.contains("Regel 4 tot en met 5, met de plek"))
        #expect(html.contains("<span class=\"gutter\">5 │ </span><mark>D</mark>e tekst."))
    }

    @Test func otherErrorsSayInTheSitesLanguageThatTheMessageIsEnglish() throws {
        let html = try page(["content/nieuws/welkom.md": "---\ntitle: T\ndate: 2021-02-28\nkeywords: [\"!!\"]\n---\n"])
        #expect(html.contains("(deze melding is er alleen in het Engels): <span lang=\"en\">keyword &#39;!!&#39;"))
    }

    @Test func manyErrorsAreCounted() throws {
        let html = try page([
            "content/nieuws/welkom.md": Self.colon, "content/nieuws/tweede.md": "---\ntitle:T\ndate: 2021-05-01\n---\n",
        ])
        #expect(html.contains("Er staan 2 fouten in de bestanden."))
    }

    @Test func aThemeWithoutTheStringsGetsAnEnglishPage() throws {
        let html = try page(["content/nieuws/welkom.md": Self.colon], language: "en")
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("The site could not be built"))
        #expect(html.contains("The field <code>title</code> contains a colon"))
        let bare = try page(
            ["content/nieuws/welkom.md": Self.colon, "theme/i18n/fr.yaml": "months: []\n"], language: "fr")
        #expect(bare.contains("<html lang=\"en\">"))
        #expect(bare.contains("<p lang=\"en\">the title contains"))
    }

    @Test func excerptsCutLongLinesAndShowTabs() throws {
        let long = String(repeating: "a", count: 200) + "X" + String(repeating: "b", count: 200)
        let excerpt = try #require(SourceExcerpt(text: "eerste\n" + long + "\nlaatste", line: 2, column: 201))
        #expect(excerpt.html.contains("…" + String(repeating: "a", count: 36) + "<mark>X</mark>"))
        #expect(excerpt.html.contains(String(repeating: "b", count: 35) + "…"))
        let tab = try #require(SourceExcerpt(text: "a:\n\t- b\n", line: 2, column: 3))
        #expect(tab.html.contains("<span class=\"tab\">→</span>   -<mark> </mark>b"))
        #expect(tab.firstLine == 1 && tab.lastLine == 2)
        let end = try #require(SourceExcerpt(text: "themes: [a", line: 1, column: 11))
        #expect(end.html.contains("themes: [a\n"))
        #expect(end.html.hasSuffix("           ^</span>"))
        #expect(SourceExcerpt(text: "a", line: 3, column: 1) == nil)
    }
}
