import Foundation
import Testing

@testable import VeenbrandKit

/// Input that once crashed a build, slipped past it, or came out wrong: dates at the ends of
/// the calendar, control characters, names too long for a file system, script links in the
/// settings, and text from content that would break a diagnostic's line.
@Suite struct HostileInputTests {
    func parse(_ frontMatter: String, path: String = "content/nieuws/a.md") -> [String] {
        do {
            _ = try DocumentParser.parse(
                "---\n" + frontMatter + "---\n\nTekst.\n", path: path, kind: .articles, catalog: nil)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// `SOURCE_DATE_EPOCH=-9223372036854775808 veenbrand new X` crashed; a "now" past the year
    /// 9999 made `new` write a date `build` refuses. Both are refused with a message.
    @Test(arguments: ["-9223372036854775808", "253402300800", "-62135596801", "9223372036854775807"])
    func aNowOutsideTheCalendarIsRefused(epoch: String) {
        #expect(throws: BuildClock.Problem.self) {
            try BuildClock.now(option: nil, environment: ["SOURCE_DATE_EPOCH": epoch]) { 0 }
        }
    }

    @Test func theDayOfAnInstantNeverOverflows() throws {
        #expect(throws: ContentDate.Problem.self) { try ContentDate.day(atEpochSeconds: Int.min, offsetSeconds: -1) }
        #expect(throws: ContentDate.Problem.self) {
            try ContentDate.day(atEpochSeconds: 253_402_300_799, offsetSeconds: 3600)
        }
        #expect(try ContentDate.day(atEpochSeconds: 253_402_300_799, offsetSeconds: 0).isoDay == "9999-12-31")
    }

    @Test func yearsAreWrittenWithFourDigits() throws {
        let date = try ContentDate(parsing: "0999-05-05T10:00:00+02:00")
        #expect(date.isoDay == "0999-05-05")
        #expect(date.iso8601 == "0999-05-05T10:00:00+02:00")
        #expect(date.rfc822.contains(" May 0999 "))
    }

    @Test(arguments: ["2021-05-05T10:00:00+05:61", "2021-05-05T10:00:60Z", "0000-01-01"])
    func impossibleTimesAreRefused(text: String) {
        #expect(throws: ContentDate.Problem.self) { try ContentDate(parsing: text) }
    }

    /// A title with NUL or an escape character would put it raw into every page.
    @Test func controlCharactersInTextAreErrors() {
        let found = parse("title: \"Titel\\u0000met NUL\"\ndate: 2021-01-01\nkeywords: [\"a\\u001Bb\"]\n")
        #expect(
            found == [
                "content/nieuws/a.md:2:8: 'title' contains a control character (U+0000), which "
                    + "cannot be shown: remove it",
                "content/nieuws/a.md:4:12: 'keywords' contains a control character (U+001B), which "
                    + "cannot be shown: remove it",
            ])
        #expect(parse("title: T\ndate: 2021-01-01\nsummary: \"Twee\\tkolommen\"\n").isEmpty, "a tab is text")
    }

    /// A slug or keyword longer than a file name may be failed `build` with "File name too long",
    /// blamed on the output; it is an error at its line, in `build` and `check` alike.
    @Test func slugsAndKeywordsTooLongForAnAddressAreErrors() {
        let long = String(repeating: "lang", count: 70)
        let found = parse("title: T\ndate: 2021-01-01\nslug: \(long)\nkeywords: [\(long)]\n")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.contains("has 280 characters; an address part may have at most 200") })
        #expect(found.contains { $0.hasPrefix("content/nieuws/a.md:4:7: slug") })
    }

    @Test func newMakesAShortSlugOfALongTitle() throws {
        let title = (1...60).map { "woord\($0)" }.joined(separator: " ")
        let catalog = TopicCatalog(topics: [])
        let article = try NewDocument.make(
            .articles, title: title, values: [:], day: try ContentDate(parsing: "2026-01-01"), catalog: catalog,
            bodyHint: "Tekst.")
        let slug = String(article.path.dropFirst("content/nieuws/".count).dropLast(3))
        #expect(slug.count <= 80 && slug.hasPrefix("woord1-woord2-") && !slug.hasSuffix("-"))
    }

    /// `newsletter: 'javascript:alert(1)'` put a script link in every page's footer.
    @Test(arguments: [
        "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "www.example.org",
    ])
    func settingsLinksAreWebOrMailAddresses(newsletter: String) {
        #expect(throws: BuildFailure.self) {
            try SiteConfig.parse("title: S\nbaseURL: https://e.org/\nnewsletter: '\(newsletter)'\n", path: "s.yaml")
        }
    }

    @Test func anEmailAddressMustBeOne() throws {
        #expect(throws: BuildFailure.self) {
            try SiteConfig.parse(
                "title: S\nbaseURL: https://e.org/\ncontact:\n  email: \"a@b\\\" onclick=x\"\n", path: "s.yaml")
        }
        let config = try SiteConfig.parse(
            "title: S\nbaseURL: https://e.org/\nnewsletter: mailto:nieuws@e.org\ncontact:\n  email: info@e.org\n",
            path: "s.yaml")
        #expect(config.newsletter == "mailto:nieuws@e.org" && config.contactEmail == "info@e.org")
    }

    /// A theme named `"x\n::error file=evil.md::INJECTED"` became a second line of a diagnostic,
    /// which CI reads as a workflow command. Every diagnostic is one line.
    @Test func oneDiagnosticIsOneLine() throws {
        let catalog = TopicCatalog(topics: [Topic(name: "Echt", slug: Slug("echt")!, description: "", order: 0)])
        do {
            _ = try DocumentParser.parse(
                "---\ntitle: T\ndate: 2021-01-01\nthemes: [\"x\\n::error file=evil.md::INJECTED\"]\n---\n",
                path: "content/nieuws/a.md", kind: .articles, catalog: catalog)
            Issue.record("parsed")
        } catch {
            let text = error.description
            #expect(!text.contains("\n"))
            #expect(text.contains("x\\u{A}::error file=evil.md::INJECTED"))
            let report = CheckReport(diagnostics: error.errors.map(Diagnostic.init), articles: 1)
            for format in [CheckReport.Format.text, .github] {
                #expect(report.formatted(format).split(separator: "\n").count == 2, "\(format): one line and the count")
            }
        }
    }

    /// `title: null` said "has no title"; it is there, but empty.
    @Test func anEmptyRequiredFieldSaysSo() {
        #expect(
            parse("title: null\ndate: 2021-01-01\n") == ["content/nieuws/a.md:2:8: 'title' is empty: it is required"])
    }

    @Test func mergeKeysAreNamed() {
        let found = parse("title: T\ndate: 2021-01-01\n<<: {author: X}\n")
        #expect(
            found == [
                "content/nieuws/a.md:4:1: YAML merge keys ('<<') are not supported in front matter: "
                    + "write the fields out"
            ])
    }

    /// `+31 (0)30 - 284 32 00` became `tel:+310302843200`: the `(0)` is not dialled from abroad.
    @Test func phoneLinksDropTheTrunkZero() {
        #expect(RenderContext.telephoneDigits("+31 (0)30 - 284 32 00") == "+31302843200")
        #expect(RenderContext.telephoneDigits("030 - 284 32 00") == "0302843200")
    }

    /// A summary made from the first paragraph showed footnote marks (`[^1]`).
    @Test func aSummaryHasNoFootnoteMarks() {
        #expect(
            CMark.firstParagraph(of: "Een zin met een voetnoot[^1] en *nadruk*.\n\n[^1]: De noot.\n")
                == "Een zin met een voetnoot en nadruk.")
    }
}
