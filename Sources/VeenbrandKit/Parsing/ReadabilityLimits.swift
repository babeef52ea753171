/// The limits of the readability advice, from site.yaml's `readability:` (defaults below).
struct ReadabilityLimits: Sendable, Equatable {
    /// A sentence with more words than this gets a warning.
    var sentenceWords = 25
    /// A paragraph with more words than this gets a warning.
    var paragraphWords = 150
    /// A text whose share of long words (`longWordSyllables` or more) is above this percentage
    /// gets a warning.
    var longWordPercent = 10
    /// How many syllables make a word long.
    var longWordSyllables = 4

}
