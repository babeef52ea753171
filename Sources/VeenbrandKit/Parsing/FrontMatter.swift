/// An article file split into its YAML front matter and Markdown body.
struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines.
    let yaml: String
    /// The file line on which the YAML starts (the line after the opening `---`).
    let yamlFirstLine: Int
    /// The Markdown after the closing `---`: a slice of the file's text, not a copy.
    let body: Substring
    /// The file line on which the body starts.
    let bodyFirstLine: Int

    /// Splits `text` (already free of a byte-order mark and CR line endings).
    ///
    /// The front matter opens with a `---` line at the very start and closes with the next
    /// `---` (or `...`) line; trailing spaces on those lines are allowed.
    static func split(_ text: String, path: String) throws(BuildError) -> FrontMatter {
        if text.allSatisfy(\.isWhitespace) {
            throw BuildError(path: path, "the file is empty: an article needs front matter with a title and a date")
        }
        // Line by line over the UTF-8 view, up to the closing line only: the body is taken as
        // one slice, not split and joined again.
        let utf8 = text.utf8
        func line(from start: String.Index) -> (line: Substring, next: String.Index?) {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return (text[start...], nil) }
            return (text[start..<newline], utf8.index(after: newline))
        }
        let (first, afterFirst) = line(from: text.startIndex)
        guard isDelimiter(first, closing: false) else {
            throw BuildError(
                path: path, "no front matter: the file must start with a '---' line, then title and date, then '---'")
        }
        var yamlLines: [Substring] = []
        var cursor = afterFirst
        while let start = cursor {
            let (current, next) = line(from: start)
            if isDelimiter(current, closing: true) {
                return FrontMatter(
                    yaml: yamlLines.joined(separator: "\n") + (yamlLines.isEmpty ? "" : "\n"),
                    yamlFirstLine: 2,
                    body: next.map { text[$0...] } ?? "",
                    bodyFirstLine: yamlLines.count + 3)
            }
            yamlLines.append(current)
            cursor = next
        }
        let allLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let bodyLine = YAMLMistakes.likelyBodyStart(allLines)
        throw BuildError(
            SourceLocation(path: path),
            "the fields that start here (title, date …) are never closed with a '---' line: add one before line "
                + "\(bodyLine), where the text seems to start",
            advice: Advice(kind: .unclosedFrontMatter, example: "---", line: bodyLine))
    }

    private static func isDelimiter(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }
}
