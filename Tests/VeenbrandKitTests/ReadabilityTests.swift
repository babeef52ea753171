import Foundation
import Testing

@testable import VeenbrandKit

/// The readability advice measures the text as readers see it: sentences end at a full stop
/// before a capital, Dutch syllables are vowel groups, addresses are not long words.
@Suite struct ReadabilityTests {
    @Test func sentencesSplitAtTheirEndAndKnowTheirLine() {
        let text =
            "Eerste zin. Tweede zin\nloopt door! Derde? ja, dat\nis een vraag. 2021 was een jaar…\n“Citaat.”"
        let sentences = Readability.sentences(in: text)
        #expect(
            sentences.map { String($0.text) } == [
                "Eerste zin.", "Tweede zin\nloopt door!", "Derde? ja, dat\nis een vraag.", "2021 was een jaar…",
                "“Citaat.”",
            ])
        #expect(sentences.map(\.lineOffset) == [0, 0, 1, 2, 3])
    }

    @Test func wordsDropThePunctuationAroundThem() {
        #expect(
            Readability.words(in: "“Jeugd-zorg,” zei ze — (echt) 2021!").map(String.init) == [
                "Jeugd-zorg", "zei", "ze", "echt", "2021",
            ])
    }

    @Test(arguments: [
        ("jeugd", 1), ("zorg", 1), ("ouders", 2), ("ideeën", 3), ("beweging", 3), ("vernieuwing", 3),
        ("ervaringsdeskundigen", 7), ("jeugdzorgorganisaties", 7), ("cliëntenraad", 4),
    ])
    func syllablesAreVowelGroups(word: String, syllables: Int) {
        #expect(Readability.syllables(in: word[...]) == syllables)
    }

    @Test func addressesAreNotLongWords() {
        let limits = ReadabilityLimits()
        #expect(!Readability.isLong("weekvanderadicalevernieuwing.nl/latenight", limits))
        #expect(Readability.isLong("ervaringsdeskundigen", limits))
    }

    @Test func theWarningsComeAtTheirLinesAndTheSummaryNamesTheLongestSentences() {
        let long = "Dit " + Array(repeating: "woord", count: 25).joined(separator: " ")
        let readability = Readability(paragraphs: [
            (line: 10, text: "Kort. \(long).\nNog een zin."), (line: 14, text: "Ervaringsdeskundigen organiseren."),
        ])
        let warnings = readability.diagnostics(path: "a.md", limits: ReadabilityLimits())
        #expect(
            warnings.map { "\($0.line): \($0.message.prefix(22))" } == [
                "10: a sentence of 26 words"
            ])
        var strict = ReadabilityLimits()
        strict.longWordPercent = 5
        #expect(
            readability.diagnostics(path: "a.md", limits: strict).last?.message.hasPrefix(
                "6% of the words have 4 syllables or more (advice: at most 5%), such as 'ervaringsdeskundigen', "
                    + "'organiseren'") == true)
        let summary = ReadabilitySummary(path: "a.md", readability)
        #expect(summary.sentences == 4 && summary.words == 32)
        #expect(summary.longestSentences.map(\.words) == [26, 3, 2])
        #expect(
            ReadabilitySummary.table([summary]).hasPrefix(
                "a.md: 32 words in 4 sentences, 8.0 words per sentence, 6% long words\n  a.md:10:1: 26 words: Dit woord"
            ))
    }
}
