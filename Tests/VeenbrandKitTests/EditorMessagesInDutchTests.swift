import Foundation
import Testing

@testable import VeenbrandKit

/// The mistakes an editor meets most are explained in plain Dutch on the preview's error page,
/// with what was probably meant; none of them shows as "only in English".
@Suite struct EditorMessagesInDutchTests {
    /// The error page for an article with `frontMatter`.
    static func errorPage(_ frontMatter: String) throws -> String {
        try ErrorPageTests().page(["content/nieuws/welkom.md": "---\n\(frontMatter)\n---\n\nTekst.\n"])
    }

    @Test func anUnknownThemeOneLetterOffItsSlugSuggestsTheTheme() throws {
        // The fixture's theme "Opstarten beweging" has the slug "opstart": typed one letter off.
        let html = try Self.errorPage("title: Welkom\ndate: 2021-02-28\nthemes: [Opstrat]")
        #expect(html.contains("Het thema <code>Opstrat</code> staat niet in de vaste lijst met thema"))
        #expect(html.contains("Bedoel je <code>Opstarten beweging</code>?"), "\(html)")
        #expect(!html.contains("alleen in het Engels"))
    }

    @Test func anUnknownThemeLikeNoneListsThemAll() throws {
        let html = try Self.errorPage("title: Welkom\ndate: 2021-02-28\nthemes: [Sport]")
        #expect(html.contains("Kies er een uit de lijst: <code>Opstarten beweging</code>, <code>Doe je mee?</code>"))
    }

    @Test func aMisspeltFieldSuggestsTheFieldAndTheLine() throws {
        let html = try Self.errorPage("tittle: Welkom\ndate: 2021-02-28")
        #expect(html.contains("Het veld <code>tittle</code> kent de site niet. Bedoel je <code>title</code>?"))
        #expect(html.contains("<code>title: &quot;Welkom&quot;</code>"), "the line as it should be")
        #expect(html.contains("Het veld <code>title</code> ontbreekt."), "and the title it misses")
        #expect(!html.contains("alleen in het Engels"))
    }

    @Test(arguments: [("flase", "false"), ("ja", "true"), ("nee", "false"), ("treu", "true")])
    func aSwitchNeitherTrueNorFalseShowsWhatWasMeant(written: String, meant: String) throws {
        let html = try Self.errorPage("title: Welkom\ndate: 2021-02-28\ndraft: \(written)")
        #expect(html.contains("Bij <code>draft</code> kan alleen true (ja, aan) of false (nee, uit) staan"))
        #expect(html.contains("er staat <code>\(written)</code>"))
        #expect(html.contains("<code>draft: \(meant)</code>"), "\(html)")
        #expect(!html.contains("alleen in het Engels"))
    }

    @Test func anImpossibleDateAPictureWithoutTextAndOneThatIsNotThere() throws {
        let date = try Self.errorPage("title: Welkom\ndate: 2021-02-31")
        #expect(date.contains("De datum <code>2021-02-31</code> bestaat niet in de kalender."))
        let text = try Self.errorPage("title: Welkom\ndate: 2021-02-28\nimage: /media/foto.jpg")
        #expect(text.contains("Bij de afbeelding hoort een beschrijving in <code>imageAlt</code>"))
        let missing = try Self.errorPage("title: Welkom\ndate: 2021-02-28\nimage: /media/weg.jpg\nimageAlt: Weg")
        #expect(missing.contains("De afbeelding <code>/media/weg.jpg</code> staat niet bij de bestanden van de site."))
        for html in [date, text, missing] { #expect(!html.contains("alleen in het Engels")) }
    }

    @Test func aWebAddressWithoutHttpsShowsItWithIt() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write(
            "content/agenda/avond.md",
            "---\ntitle: Avond\nstart: 2021-11-25T20:30:00+01:00\nonline: www.example.org/live\n---\nTekst.\n")
        do {
            try site.build()
            Issue.record("the site built")
        } catch {
            let html = ErrorPage.html(error.errors, site: site.root)
            #expect(html.contains("Bij <code>online</code> hoort een volledig webadres"))
            #expect(html.contains("<code>online: https://www.example.org/live</code>"))
        }
    }

    /// Placeholders are filled in one pass: a value that holds `{line}` (a link to `/a/{line}`)
    /// stays as written, whatever order the values come in.
    @Test func placeholdersAreFilledOnce() {
        let strings = ErrorPageStrings(language: "nl", labels: ["k": "Zie {address}, regel {line} {onbekend}"])
        #expect(strings.text("k", ["address": "/a/{line}", "line": "7"]) == "Zie /a/{line}, regel 7 {onbekend}")
    }

    /// `check` still says it in English, on one line, for logs and CI.
    @Test func checkKeepsTheEnglishMessage() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/nieuws/welkom.md", "---\ntitle: Welkom\ndate: 2021-02-28\ndraft: flase\n---\nTekst.\n")
        let report = SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now))
        #expect(report.diagnostics.contains { $0.message == "'draft' must be true or false" && $0.line == 4 })
    }

    /// A published document whose text is still `new`'s placeholder is an error for `check`; in
    /// a draft, a warning.
    @Test func thePlaceholderOfNewIsAnErrorOnceItIsPublished() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let path = try NewDocument.create(in: site.root, title: "Nog leeg", now: TestSite.now, offsetSeconds: 0)
        func placeholder() -> Diagnostic? {
            SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now)).diagnostics.first {
                $0.file == path && $0.message.hasPrefix("the text is still the placeholder")
            }
        }
        #expect(placeholder()?.severity == .warning)
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        try site.write(path, text.replacingOccurrences(of: "draft: true", with: "draft: false"))
        #expect(placeholder()?.severity == .error)
    }
}
