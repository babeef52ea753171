import Foundation

/// The mistakes editors make in the fields at the top of a file, which YAML reports in its own
/// terms, at a later line, or not at all: found on the lines as written and told in plain words,
/// each with its `Advice`.
enum YAMLMistakes {
    /// Fields whose value is running text, where a `#` or `: ` is easily typed.
    static let textFields: Set<String> = ["title", "summary", "menuTitle", "author", "description"]

    /// A top-level `key: value` line: the key and what follows its colon.
    struct FieldLine {
        let key: String
        /// Everything after the colon, spaces included.
        let rest: Substring
        /// The value without the spaces before it.
        var value: Substring { rest.drop { $0 == " " || $0 == "\t" } }
        /// The 1-based column at which `value` starts.
        var valueColumn: Int { key.count + 2 + (rest.count - value.count) }

        /// Whether the value opens a quote that the line does not close (YAML would read on
        /// into the next lines, which editors never mean).
        var hasUnclosedQuote: Bool {
            guard let quote = value.first, quote == "\"" || quote == "'" else { return false }
            var escaped = false
            for character in value.dropFirst() {
                if character == quote, !escaped { return false }
                escaped = quote == "\"" && character == "\\" && !escaped
            }
            return true
        }

        init?(_ line: Substring) {
            guard let first = line.first, first.isLetter || first == "_", let colon = line.firstIndex(of: ":") else {
                return nil
            }
            let key = line[..<colon]
            guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
            self.key = String(key)
            rest = line[line.index(after: colon)...]
        }
    }

    static func lines(_ yaml: String) -> [Substring] {
        yaml.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Mistakes YAML would not report or would report elsewhere: no space after a field's colon
    /// (YAML complains a line later), and a `#` that silently cuts a text field short.
    static func scan(_ yaml: String, path: String, firstLine: Int) -> [BuildError] {
        var errors: [BuildError] = []
        for (index, line) in lines(yaml).enumerated() {
            guard let field = FieldLine(line), let first = field.rest.first else { continue }
            let lineNumber = index + firstLine
            if first != " ", first != "\t" {
                let fixed = "\(field.key): \(field.rest)"
                errors.append(
                    BuildError(
                        SourceLocation(path: path, line: lineNumber, column: field.key.count + 2),
                        "there is no space after '\(field.key):': write '\(fixed)'",
                        advice: Advice(kind: .spaceAfterColon, field: field.key, example: fixed)))
            } else if textFields.contains(field.key), let hash = commentStart(field.value) {
                let column = field.valueColumn + field.value.distance(from: field.value.startIndex, to: hash)
                let whole = hash == field.value.startIndex
                let effect =
                    whole ? "so the \(field.key) would be empty" : "so the \(field.key) would lose what follows"
                errors.append(
                    BuildError(
                        SourceLocation(path: path, line: lineNumber, column: column),
                        "'#' \(whole ? "at the start of" : "after a space in") the \(field.key) begins a comment, "
                            + "\(effect): put the whole \(field.key) in double quotes "
                            + "(a comment belongs on a line of its own)",
                        advice: Advice(
                            kind: .hashInText, field: field.key,
                            example: Advice.quoted(field: field.key, value: String(field.value)))))
            }
        }
        return errors
    }

    /// Where a comment starts in a plain (unquoted) value: a `#` at its start or after a space.
    static func commentStart(_ value: Substring) -> Substring.Index? {
        guard let first = value.first, !"\"'|>[{&*!".contains(first) else { return nil }
        var previous: Character = " "
        for index in value.indices {
            if value[index] == "#", previous == " " || previous == "\t" { return index }
            previous = value[index]
        }
        return nil
    }

    /// A YAML syntax error in plain words when it comes from a common mistake; nil otherwise.
    /// `line` and `contextLine` count from the start of `yaml`.
    static func explain(
        problem: String, line: Int, column: Int, context: (text: String, line: Int, column: Int)?,
        yaml: String, path: String, firstLine: Int
    ) -> BuildError? {
        let lines = lines(yaml)
        func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(path: path, line: line + firstLine - 1, column: column)
        }
        let lastRelevant = min(max(line, context?.line ?? 0), lines.count)
        if let tab = lines.prefix(lastRelevant).firstIndex(where: {
            $0.prefix { $0 == " " || $0 == "\t" }.contains("\t")
        }) {
            let fixed = lines[tab].replacingOccurrences(of: "\t", with: "  ")
            return BuildError(
                location(tab + 1, 1),
                "line \(tab + firstLine) is indented with a tab, which YAML does not allow: indent with spaces",
                advice: Advice(kind: .tabIndent, example: fixed.trimmingCharacters(in: .newlines)))
        }
        if let open = lines.prefix(lastRelevant).firstIndex(where: { FieldLine($0)?.hasUnclosedQuote == true }),
            let field = FieldLine(lines[open]), let quote = field.value.first
        {
            return BuildError(
                location(open + 1, lines[open].count + 1),
                "the \(field.key) opens a quote (\(quote)) that is never closed: "
                    + "end the \(field.key) with \(quote) on the same line",
                advice: Advice(kind: .unclosedQuote, field: field.key, example: "\(lines[open])\(quote)"))
        }
        if let context, (1...lines.count).contains(context.line), let field = FieldLine(lines[context.line - 1]) {
            let text = lines[context.line - 1]
            let end = text.count + 1
            if context.text.contains("flow sequence"), field.value.first == "[", !field.value.contains("]") {
                return BuildError(
                    location(context.line, end),
                    "the list of \(field.key) opened with '[' is never closed: end it with ']' on the same line",
                    advice: Advice(kind: .unclosedList, field: field.key, example: "\(text)]"))
            }
        }
        guard line >= 1, line <= lines.count, let field = FieldLine(lines[line - 1]) else { return nil }
        let value = String(field.value)
        if problem.hasPrefix("mapping values are not allowed"), column > field.valueColumn {
            return BuildError(
                location(line, column),
                "the \(field.key) contains ': ' (a colon and a space), which YAML reads as the start of a new "
                    + "field: put the whole \(field.key) in double quotes",
                advice: Advice(
                    kind: .colonInText, field: field.key, example: Advice.quoted(field: field.key, value: value)))
        }
        if problem.hasPrefix("did not find expected key"), let quote = value.first, quote == "\"" || quote == "'" {
            return BuildError(
                location(line, column),
                "the \(field.key) starts with a quoted part and goes on after the closing quote: put the whole "
                    + "\(field.key) in double quotes and write the quotes inside it as “ ”",
                advice: Advice(
                    kind: .textAfterQuote, field: field.key, example: Advice.quoted(field: field.key, value: value)))
        }
        return nil
    }

    /// Where the text of a file whose front matter is never closed seems to start: the first
    /// line (after the opening one) that is not a field, a list item, a comment or indented.
    /// Counts from 1 over `lines`, the file's lines.
    static func likelyBodyStart(_ lines: [Substring]) -> Int {
        var lastField = 1
        for (index, line) in lines.enumerated().dropFirst() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let isComment = line.hasPrefix("# ") || line == "#"
            if FieldLine(line) != nil || line.hasPrefix(" ") || line.hasPrefix("\t") || line.hasPrefix("- ")
                || isComment
            {
                lastField = index + 1
                continue
            }
            return index + 1
        }
        return lastField + 1
    }
}
