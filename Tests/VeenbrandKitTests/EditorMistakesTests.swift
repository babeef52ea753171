import Foundation
import Testing

@testable import VeenbrandKit

/// The mistakes editors really make at the top of a file: each is reported at the line and
/// column where it is, in plain words, with the advice the error page shows.
@Suite struct EditorMistakesTests {
    struct Mistake: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let line: Int
        let column: Int
        let says: String
        let advice: Advice.Kind
        let example: String
        var testDescription: String { name }
    }

    static let mistakes = [
        Mistake(
            name: "a colon in an unquoted title", file: "---\ntitle: Zorg: nu anders\ndate: 2021-05-01\n---\n",
            line: 2, column: 12, says: "the title contains ': '", advice: .colonInText,
            example: "title: \"Zorg: nu anders\""),
        Mistake(
            name: "a colon in an unquoted title with quotes in it",
            file: "---\ntitle: Zeg \"ja\": nu\ndate: 2021-05-01\n---\n", line: 2, column: 16,
            says: "put the whole title in double quotes", advice: .colonInText, example: "title: \"Zeg “ja”: nu\""),
        Mistake(
            name: "a # after a space in a title", file: "---\ntitle: Wij zijn #1 in zorg\ndate: 2021-05-01\n---\n",
            line: 2, column: 17, says: "so the title would lose what follows", advice: .hashInText,
            example: "title: \"Wij zijn #1 in zorg\""),
        Mistake(
            name: "a title that starts with #", file: "---\ntitle: #jeugdzorg\ndate: 2021-05-01\n---\n", line: 2,
            column: 8, says: "so the title would be empty", advice: .hashInText, example: "title: \"#jeugdzorg\""),
        Mistake(
            name: "an unclosed [", file: "---\ntitle: T\ndate: 2021-05-01\nkeywords: [Naasten, Bestuurders\n---\n",
            line: 4, column: 32, says: "opened with '[' is never closed", advice: .unclosedList,
            example: "keywords: [Naasten, Bestuurders]"),
        Mistake(
            name: "an unclosed double quote", file: "---\ntitle: \"Droom herkend\ndate: 2021-05-01\n---\n",
            line: 2, column: 22, says: "opens a quote (\") that is never closed", advice: .unclosedQuote,
            example: "title: \"Droom herkend\""),
        Mistake(
            name: "an unclosed quote closed lines later",
            file: "---\ntitle: \"Droom\ndate: 2021-05-01\nsummary: \"Kort\"\n---\n", line: 2, column: 14,
            says: "never closed", advice: .unclosedQuote, example: "title: \"Droom\""),
        Mistake(
            name: "an unclosed single quote", file: "---\ntitle: 'Droom\ndate: 2021-05-01\n---\n", line: 2,
            column: 14, says: "opens a quote (') that is never closed", advice: .unclosedQuote,
            example: "title: 'Droom'"),
        Mistake(
            name: "text after a closing quote", file: "---\ntitle: \"Droom\" herkend\ndate: 2021-05-01\n---\n",
            line: 2, column: 16, says: "goes on after the closing quote", advice: .textAfterQuote,
            example: "title: \"“Droom” herkend\""),
        Mistake(
            name: "a tab for indentation", file: "---\ntitle: T\ndate: 2021-05-01\nthemes:\n\t- Naasten\n---\n",
            line: 5, column: 1, says: "indented with a tab", advice: .tabIndent, example: "  - Naasten"),
        Mistake(
            name: "no space after the colon", file: "---\ntitle:Droom\ndate: 2021-05-01\n---\n", line: 2,
            column: 7, says: "no space after 'title:'", advice: .spaceAfterColon, example: "title: Droom"),
        Mistake(
            name: "no space after the colon of the last field", file: "---\ntitle: T\ndate:2021-05-01\n---\n",
            line: 3, column: 6, says: "no space after 'date:'", advice: .spaceAfterColon, example: "date: 2021-05-01"),
        Mistake(
            name: "a date written day first", file: "---\ntitle: T\ndate: 5-10-2021\n---\n", line: 3, column: 7,
            says: "written day-month-year", advice: .dayFirstDate, example: "date: 2021-10-05"),
        Mistake(
            name: "a date written day first with slashes", file: "---\ntitle: T\ndate: 05/10/2021\n---\n", line: 3,
            column: 7, says: "as 2021-10-05", advice: .dayFirstDate, example: "date: 2021-10-05"),
        Mistake(
            name: "keywords as one text with commas",
            file: "---\ntitle: T\ndate: 2021-05-01\nkeywords: Naasten, Bestuurders\n---\n", line: 4, column: 11,
            says: "one text with commas", advice: .commaList, example: "keywords: [Naasten, Bestuurders]"),
        Mistake(
            name: "a missing closing ---",
            file: "---\ntitle: T\ndate: 2021-05-01\n# een notitie\n\nDit is de tekst.\n\nMeer.\n", line: 1,
            column: 1, says: "add one before line 6", advice: .unclosedFrontMatter, example: "---"),
    ]

    func failure(_ file: String) -> BuildError? {
        do {
            _ = try DocumentParser.parse(file, path: "content/nieuws/a.md", kind: .articles, catalog: nil)
            return nil
        } catch {
            return error.errors.first
        }
    }

    @Test(arguments: mistakes)
    func isReportedWhereItIsInPlainWords(_ mistake: Mistake) throws {
        let error = try #require(failure(mistake.file))
        #expect(error.location.line == mistake.line)
        #expect(error.location.column == mistake.column)
        #expect(error.message.contains(mistake.says), "\(error.message)")
        #expect(!error.message.contains("YAML syntax error"))
        #expect(error.advice?.kind == mistake.advice)
        #expect(error.advice?.example == mistake.example)
    }

    @Test func theMissingClosingLinePointsAtWhereTheTextStartsToo() throws {
        let error = try #require(failure(Self.mistakes.last!.file))
        #expect(error.advice?.line == 6)
    }

    @Test(arguments: [
        "---\ntitle: \"Wij zijn #1: echt\"\ndate: 2021-05-01 # ongeveer\n---\n",
        "---\ntitle: C# voor de jeugdzorg\ndate: 2021-05-01\n---\n",
        "---\ntitle: T\ndate: 2021-05-01\nsummary: >-\n  Dit is #1: echt.\n---\n",
        "---\ntitle: T\ndate: 2021-05-01\nkeywords: [Naasten,\n  Bestuurders]\n---\n",
        "---\ntitle: 'It''s \"ja\"'\ndate: 2021-05-01\nkeywords: \"Zorg, welzijn\"\n---\n",
    ])
    func correctFieldsAreNotMistaken(_ file: String) {
        #expect(failure(file) == nil)
    }

    @Test func otherYAMLErrorsKeepTheirOwnWords() throws {
        let error = try #require(failure("---\ntitle: T\n- los\ndate: 2021-05-01\n---\n"))
        #expect(error.message.hasPrefix("YAML syntax error"))
        #expect(error.advice == nil)
    }

    @Test func aDayFirstDateIsOnlyTakenForOneWhenItCanBe() {
        #expect(FrontMatterReader.yearFirst(dayFirst: "31.12.2021") == "2021-12-31")
        #expect(FrontMatterReader.yearFirst(dayFirst: "12-31-2021") == nil)
        #expect(FrontMatterReader.yearFirst(dayFirst: "2021-10-05") == nil)
        #expect(FrontMatterReader.yearFirst(dayFirst: "5-10-21") == nil)
    }
}
