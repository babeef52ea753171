import Foundation

/// One of the movement's publications as extracted to plain text (Tests/Fixtures/seeds), read
/// the way its README describes: the body without the extraction artefacts, and the themes and
/// keywords its "Thema's:" and "Trefwoorden:" lines name.
struct SeedText {
    /// The line that ends the body: what follows names the themes and keywords.
    static let tailMarker = "Meer artikelen over de thema's met trefwoorden:"
    static let artefactLines: Set<String> = ["Image not found or type unknown"]

    let lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// The first non-empty line: the title, for the seeds that have one.
    var firstLine: String { lines.first { !$0.isEmpty } ?? "" }

    /// The body's lines: up to the tail, without the title line (when `hasTitle`), bare
    /// addresses and artefact lines.
    func bodyLines(hasTitle: Bool) -> [String] {
        var body = Array(lines.prefix { $0 != Self.tailMarker })
        if hasTitle, let first = body.firstIndex(where: { !$0.isEmpty }) { body.remove(at: first) }
        return body.filter { !Self.isBareAddress($0) && !Self.artefactLines.contains($0) }
    }

    /// The names listed after `label` ("Thema's:" or "Trefwoorden:") in the tail; the list may
    /// run over a line break (an artefact) until an address, another label or the end.
    func names(after label: String) -> [String] {
        let tail = lines.drop { $0 != Self.tailMarker }
        guard let start = tail.firstIndex(where: { $0.hasPrefix(label) }) else { return [] }
        var text = String(tail[start].dropFirst(label.count))
        for line in tail[(start + 1)...] {
            if Self.isBareAddress(line) || line.hasSuffix(":") || line.contains(": ") { break }
            text += " " + line
        }
        return text.split(separator: ",").map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
    }

    static func isBareAddress(_ line: String) -> Bool {
        (line.hasPrefix("https://") || line.hasPrefix("http://") || line.hasPrefix("mailto:"))
            && !line.contains(" ")
    }

    /// The words of `lines` as a reader sees them: quotes made plain, a list's or numbered
    /// heading's leading marker (`-`, `1`, `2.`) dropped, since Markdown lists number
    /// themselves.
    static func words(_ lines: [String]) -> [String] {
        lines.flatMap { line -> [String] in
            var words = line.split(whereSeparator: \.isWhitespace).map { plainQuotes(String($0)) }
            if let first = words.first, isListMarker(first) { words.removeFirst() }
            return words
        }
    }

    static func isListMarker(_ word: String) -> Bool {
        if word == "-" || word == "*" { return true }
        let digits = word.hasSuffix(".") ? word.dropLast() : Substring(word)
        return (1...2).contains(digits.count) && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    static func plainQuotes(_ word: String) -> String {
        String(
            word.map { character -> Character in
                switch character {
                case "\u{2018}", "\u{2019}": "'"
                case "\u{201C}", "\u{201D}": "\""
                default: character
                }
            })
    }

    /// The lines of rendered HTML as text: block elements end a line, other tags vanish, the
    /// entities cmark writes are decoded.
    static func lines(ofHTML html: String) -> [String] {
        let blockEnds = try! NSRegularExpression(pattern: "</(p|h[1-6]|li|blockquote)>|<br ?/?>|<(ul|ol)>")
        let tags = try! NSRegularExpression(pattern: "<[^>]*>")
        var text = blockEnds.stringByReplacingMatches(
            in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "\n")
        text = tags.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }
}
