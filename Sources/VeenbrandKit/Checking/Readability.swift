/// How a document's text reads for B1 readers: its sentences, paragraphs and long words,
/// measured on the text as readers see it (no markup, code included as words).
struct Readability: Sendable {
    struct Sentence: Sendable, Equatable {
        /// The file line the sentence starts on.
        let line: Int
        let words: Int
        let text: String
    }

    private(set) var sentences: [Sentence] = []
    private(set) var paragraphs: [(line: Int, words: Int)] = []
    private(set) var words = 0
    private(set) var longWords: [String] = []
    /// The file line of the first paragraph, where advice on the whole text is given.
    private(set) var firstLine = 1

    init(paragraphs texts: [(line: Int, text: String)], limits: ReadabilityLimits = ReadabilityLimits()) {
        firstLine = texts.first?.line ?? 1
        for paragraph in texts {
            var paragraphWords = 0
            for sentence in Self.sentences(in: paragraph.text) {
                let sentenceWords = Self.words(in: sentence.text)
                guard !sentenceWords.isEmpty else { continue }
                paragraphWords += sentenceWords.count
                longWords += sentenceWords.filter { Self.isLong($0, limits) }.map(String.init)
                sentences.append(
                    Sentence(
                        line: paragraph.line + sentence.lineOffset, words: sentenceWords.count,
                        text: CMark.collapsingWhitespace(String(sentence.text))))
            }
            words += paragraphWords
            if paragraphWords > 0 { paragraphs.append((paragraph.line, paragraphWords)) }
        }
    }

    var averageSentenceWords: Double { sentences.isEmpty ? 0 : Double(words) / Double(sentences.count) }
    var longWordPercent: Double { words == 0 ? 0 : Double(longWords.count) * 100 / Double(words) }

    /// The warnings for the text in the file at `path`, each at its line.
    func diagnostics(path: String, limits: ReadabilityLimits) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for sentence in sentences where sentence.words > limits.sentenceWords {
            diagnostics.append(
                Diagnostic(
                    .warning, SourceLocation(path: path, line: sentence.line, column: 1),
                    "a sentence of \(sentence.words) words (advice: at most \(limits.sentenceWords)) is hard for "
                        + "many readers: split '\(Self.opening(of: sentence.text))'"))
        }
        for paragraph in paragraphs where paragraph.words > limits.paragraphWords {
            diagnostics.append(
                Diagnostic(
                    .warning, SourceLocation(path: path, line: paragraph.line, column: 1),
                    "a paragraph of \(paragraph.words) words (advice: at most \(limits.paragraphWords)): "
                        + "break it into shorter ones"))
        }
        if longWordPercent.rounded() > Double(limits.longWordPercent) {
            let examples = Self.longest(longWords, count: 3).map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .warning, SourceLocation(path: path, line: firstLine, column: 1),
                    "\(Int(longWordPercent.rounded()))% of the words have \(limits.longWordSyllables) syllables "
                        + "or more (advice: at most \(limits.longWordPercent)%), such as \(examples): "
                        + "use shorter words where you can"))
        }
        return diagnostics
    }

    /// The first words of a sentence, to name it in a message.
    static func opening(of text: String, words count: Int = 6) -> String {
        let words = text.split(separator: " ")
        return words.prefix(count).joined(separator: " ") + (words.count > count ? " …" : "")
    }

    /// The `count` longest distinct words, longest first (ties alphabetically).
    static func longest(_ words: [String], count: Int) -> [String] {
        Array(Set(words.map { $0.lowercased() }).sorted { ($0.count, $1) > ($1.count, $0) }.prefix(count))
    }

    /// A paragraph's sentences: each ends at `.`, `!`, `?` or `…` followed by a space or line
    /// break and a capital, digit or quote, or at the paragraph's end. `lineOffset` counts the
    /// line breaks before it. Abbreviations before a capital ("o.a. Jeugdzorg") split too.
    static func sentences(in text: String) -> [(text: Substring, lineOffset: Int)] {
        var result: [(text: Substring, lineOffset: Int)] = []
        var start = text.startIndex
        var lineOffset = 0
        var startOffset = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\n" { lineOffset += 1 }
            if ".!?…".contains(character), next < text.endIndex, text[next] == " " || text[next] == "\n" {
                let after = text[next...].drop { $0 == " " || $0 == "\n" }
                if let first = after.first, first.isUppercase || first.isNumber || "\"'‘“(".contains(first) {
                    result.append((text[start...index], startOffset))
                    start = after.startIndex
                    startOffset = lineOffset + text[next..<after.startIndex].filter { $0 == "\n" }.count
                }
            }
            index = next
        }
        if start < text.endIndex { result.append((text[start...], startOffset)) }
        return result
    }

    /// The words of a text: runs between spaces that hold a letter or digit, without the
    /// punctuation around them.
    static func words(in text: Substring) -> [Substring] {
        let isWordCharacter = { (character: Character) in character.isLetter || character.isNumber }
        return text.split(whereSeparator: { $0.isWhitespace }).compactMap { token in
            guard let first = token.firstIndex(where: isWordCharacter),
                let last = token.lastIndex(where: isWordCharacter)
            else { return nil }
            return token[first...last]
        }
    }

    /// Whether a word is long: enough syllables, and not an address (`loc.nl/jeugdzorg`).
    static func isLong(_ word: Substring, _ limits: ReadabilityLimits) -> Bool {
        !word.contains { $0 == "." || $0 == "/" || $0 == "@" } && syllables(in: word) >= limits.longWordSyllables
    }

    /// Dutch syllables, counted as groups of vowels ("jeugd" 1, "ervaringsdeskundigen" 7); a
    /// hyphen or a diaeresis ("ideeën") starts a new one.
    static func syllables(in word: Substring) -> Int {
        var count = 0
        var inVowels = false
        for character in word.lowercased() {
            let isVowel = "aeiouyáéíóúàèìòùâêîôû".contains(character)
            let startsNew = "ëïöüä".contains(character)
            if startsNew || (isVowel && !inVowels) { count += 1 }
            inVowels = isVowel || startsNew
        }
        return max(count, 1)
    }
}
