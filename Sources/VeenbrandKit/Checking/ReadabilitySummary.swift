import Foundation

/// How one document reads, as `check --readability` lists it: the average sentence, the share
/// of long words, and the sentences to shorten first.
public struct ReadabilitySummary: Sendable {
    /// The document's file, relative to the site folder.
    public let path: String
    /// How many sentences its text has.
    public let sentences: Int
    /// How many words its text has.
    public let words: Int
    /// Words per sentence, on average.
    public let averageSentenceWords: Double
    /// The share of long words, in percent.
    public let longWordPercent: Double
    /// The three longest sentences, longest first: their line, word count and opening.
    public let longestSentences: [(line: Int, words: Int, opening: String)]

    init(path: String, _ readability: Readability) {
        self.path = path
        sentences = readability.sentences.count
        words = readability.words
        averageSentenceWords = readability.averageSentenceWords
        longWordPercent = readability.longWordPercent
        longestSentences = readability.sentences.enumerated()
            .sorted { ($0.element.words, $1.offset) > ($1.element.words, $0.offset) }
            .prefix(3)
            .map { ($0.element.line, $0.element.words, Readability.opening(of: $0.element.text, words: 8)) }
    }

    /// The summaries as text: one block per document, numbers with one decimal.
    public static func table(_ summaries: [ReadabilitySummary]) -> String {
        summaries.map { summary in
            let average = String(format: "%.1f", summary.averageSentenceWords)
            let long = String(format: "%.0f", summary.longWordPercent)
            let head =
                "\(OneLine.escaped(summary.path)): \(summary.words) words in \(summary.sentences) sentences, "
                + "\(average) words per sentence, \(long)% long words"
            let longest = summary.longestSentences.map {
                "  \(OneLine.escaped(summary.path)):\($0.line):1: \($0.words) words: \(OneLine.escaped($0.opening))"
            }
            return ([head] + longest).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
