import Testing

@testable import VeenbrandKit

/// Inputs that made Debian's cmark-gfm (0.29.0.gfm.6) take seconds to hours, or gigabytes, and
/// stalled every other article: each is refused with an error at its line before cmark sees it.
/// (How long they took, and how fast inputs just within the limits build, is measured in the
/// notes of the change that added the limits, not here: tests are not timed.)
@Suite struct MarkdownLimitsTests {
    func problems(_ body: String) -> [String] {
        do {
            _ = try DocumentParser.parse(
                "---\ntitle: T\ndate: 2021-01-01\n---\n" + body, path: "content/nieuws/a.md", kind: .articles,
                catalog: nil)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func aTableWithTwoThousandColumnsAndRows() {
        let found = problems(
            String(repeating: "x|", count: 2000) + "\n" + String(repeating: "-|", count: 2000) + "\n"
                + String(repeating: "x|\n", count: 2000))
        #expect(
            found.first
                == "content/nieuws/a.md:5:1: this line has 2000 '|', more than 1000: a table this wide cannot be shown")
    }

    @Test func aTableWithTooManyColumnsOrCells() {
        #expect(
            problems("x\n" + String(repeating: "-|", count: 200) + "\n")
                == ["content/nieuws/a.md:6:1: this table has 200 columns, more than 128: split it into smaller tables"])
        #expect(
            problems("x\n" + String(repeating: "-|", count: 127) + "\n" + String(repeating: "x\n", count: 1000))
                == [
                    "content/nieuws/a.md:6:1: this table has 127 columns and 1001 rows, more than "
                        + "100000 cells: split it into smaller tables"
                ])
    }

    @Test func fourHundredThousandQuotes() {
        #expect(
            problems(String(repeating: "'", count: 400_000) + "\n").contains(
                "content/nieuws/a.md:5:1: this line has 400000 characters, more than 100000: break it up"))
        #expect(
            problems(String(repeating: String(repeating: "'", count: 500) + "\n", count: 10)).contains(
                "content/nieuws/a.md:5:1: this block of text has 5000 quotes, more than 1000: split it with blank lines"
            ))
    }

    @Test func fortyThousandImageBrackets() {
        #expect(
            problems(String(repeating: "![[]()", count: 40_000) + "\n").contains(
                "content/nieuws/a.md:5:1: the text has 80000 '[', more than 20000: split it into several articles"))
        #expect(
            problems(String(repeating: String(repeating: "![[]()", count: 100) + "\n", count: 20)).contains(
                "content/nieuws/a.md:5:1: this block of text has 4000 '[', more than 2000: split it with blank lines"))
    }

    @Test func aRowOfTwoHundredThousandPipes() {
        #expect(
            problems(String(repeating: "|", count: 200_000) + "\n")
                == ["content/nieuws/a.md:5:1: this line has 200000 characters, more than 100000: break it up"])
    }

    /// What articles really hold passes: tables, quotes, links, long paragraphs.
    @Test func ordinaryTextIsWellWithinTheLimits() {
        let table = "| a | b |\n| --- | :-: |\n" + String(repeating: "| 1 | 2 |\n", count: 500)
        let prose = String(repeating: "Zo'n \"mooie\" [link](/x/) en 's avonds. ", count: 200) + "\n\n"
        #expect(problems(table + "\n" + String(repeating: prose, count: 20)).isEmpty)
        #expect(MarkdownLimits.delimiterColumns("| --- | :-: |"[...].utf8[...]) == 2)
        #expect(MarkdownLimits.delimiterColumns("Een zin - met | streepje"[...].utf8[...]) == nil)
    }
}
