import Foundation
import Yams

/// A YAML mapping read field by field, recording every problem with its position in the file.
///
/// Yams counts lines from the start of the YAML text; `firstLine` is the file line on which
/// that text starts, so every reported position is a position in the file itself.
struct YAMLMapping {
    let path: String
    let firstLine: Int
    /// What the mapping is, for messages: "front matter", "site.yaml".
    let what: String
    /// Where the mapping starts, for errors about a missing field.
    let start: SourceLocation
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private(set) var errors: [BuildError] = []

    /// Parses `yaml` as a mapping; a syntax error or a non-mapping document is thrown.
    /// An empty document is an empty mapping.
    init(yaml: String, path: String, firstLine: Int, what: String) throws(BuildError) {
        self.path = path
        self.firstLine = firstLine
        self.what = what
        self.start = SourceLocation(path: path, line: firstLine, column: 1)
        let node: Node?
        do {
            // The encoding named: Yams' default looks it up in a copy of the whole environment.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            throw YAMLMapping.buildError(from: error, yaml: yaml, path: path, firstLine: firstLine)
        }
        guard let node else {
            pairs = []
            return
        }
        guard let mapping = node.mapping else {
            throw BuildError(
                YAMLMapping.location(of: node, path: path, firstLine: firstLine),
                "\(what) must be a list of 'key: value' fields")
        }
        pairs = mapping.compactMap { key, value in
            key.string.map { (key: $0, keyNode: key, value: value) }
        }
    }

    /// A list of mappings, as in `themes.yaml`.
    static func sequence(yaml: String, path: String, what: String) throws(BuildError) -> [Node] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            throw buildError(from: error, yaml: yaml, path: path, firstLine: 1)
        }
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            throw BuildError(
                location(of: node, path: path, firstLine: 1), "\(what) must be a list ('- name: …' items)")
        }
        return Array(sequence)
    }

    /// A mapping nested inside another document, e.g. one item of a list.
    init(node: Node, path: String, firstLine: Int, what: String) throws(BuildError) {
        self.path = path
        self.firstLine = firstLine
        self.what = what
        self.start = YAMLMapping.location(of: node, path: path, firstLine: firstLine)
        guard let mapping = node.mapping else {
            throw BuildError(
                YAMLMapping.location(of: node, path: path, firstLine: firstLine),
                "\(what) must be a list of 'key: value' fields")
        }
        pairs = mapping.compactMap { key, value in key.string.map { (key: $0, keyNode: key, value: value) } }
    }

    func location(of node: Node) -> SourceLocation {
        YAMLMapping.location(of: node, path: path, firstLine: firstLine)
    }

    /// The keys in document order.
    var keys: [String] { pairs.map(\.key) }

    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    mutating func fail(_ node: Node, _ message: String) { fail(location(of: node), message) }

    mutating func fail(_ location: SourceLocation, _ message: String) { errors.append(BuildError(location, message)) }

    mutating func fail(_ error: BuildError) { errors.append(error) }

    /// A non-empty text field; records an error when required and missing, or not text.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required {
                errors.append(
                    BuildError(
                        start, "\(what) has no '\(key)': it is required",
                        advice: Advice(kind: .missingField, field: key)))
            }
            return nil
        }
        guard node.null == nil else {
            if required { fail(node, "'\(key)' is empty: it is required") }
            return nil
        }
        guard let scalar = node.scalar else {
            fail(node, "'\(key)' must be text, not a list or mapping")
            return nil
        }
        let value = scalar.string.trimmingSpaces
        if value.isEmpty {
            if required { fail(node, "'\(key)' is empty: it is required") }
            return nil
        }
        return acceptable(value, key: key, at: node)
    }

    /// `value`, unless it holds a control character (NUL, escape, …), which would end up raw in
    /// pages and messages: that is an error. Tabs and line breaks are text.
    private mutating func acceptable(_ value: String, key: String, at node: Node) -> String? {
        guard let control = value.unicodeScalars.first(where: Self.isControl) else { return value }
        let code = String(control.value, radix: 16, uppercase: true)
        fail(
            node,
            "'\(key)' contains a control character (U+\(String(repeating: "0", count: 4 - code.count))\(code)), "
                + "which cannot be shown: remove it")
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key), node.null == nil else { return nil }
        guard let value = node.bool, node.scalar != nil else {
            let written = node.scalar?.string ?? ""
            var advice = Advice(kind: .notAFlag, field: key, example: "\(key): \(Self.meantFlag(written))")
            advice.value = written
            fail(BuildError(location(of: node), "'\(key)' must be true or false", advice: advice))
            return nil
        }
        return value
    }

    /// `true` or `false`, whichever a switch written otherwise most likely meant: `ja`, `aan`
    /// and `yes` are on, a typo of `false` (`flase`) is off; when unsure, off.
    static func meantFlag(_ written: String) -> String {
        let word = written.lowercased().trimmingCharacters(in: .whitespaces)
        if ["ja", "aan", "yes", "y", "on", "waar", "1"].contains(word) { return "true" }
        if ["nee", "uit", "no", "n", "off", "onwaar", "0"].contains(word) { return "false" }
        return Suggestion.closest(to: word, in: ["true", "false"]) ?? "false"
    }

    mutating func positiveInt(_ key: String) -> Int? {
        guard let node = node(key), node.null == nil else { return nil }
        guard let value = node.int, node.scalar != nil, value > 0 else {
            fail(node, "'\(key)' must be a whole number above 0")
            return nil
        }
        return value
    }

    /// A list of names; a single text is a one-item list. Each name keeps its position.
    mutating func names(_ key: String) -> [(name: String, location: SourceLocation)] {
        guard let node = node(key), node.null == nil else { return [] }
        if let scalar = node.scalar {
            let value = scalar.string.trimmingSpaces
            guard !value.isEmpty, let accepted = acceptable(value, key: key, at: node) else { return [] }
            if scalar.style == .plain, accepted.contains(",") {
                let names = accepted.split(separator: ",").map { String($0).trimmingSpaces }
                let list = "\(key): [\(names.joined(separator: ", "))]"
                fail(
                    BuildError(
                        location(of: node),
                        "'\(key)' is one text with commas; a list goes in square brackets: \(list)",
                        advice: Advice(kind: .commaList, field: key, example: list)))
                return []
            }
            return [(accepted, location(of: node))]
        }
        guard let items = node.sequence else {
            fail(node, "'\(key)' must be a list of names")
            return []
        }
        var result: [(name: String, location: SourceLocation)] = []
        for item in items {
            guard let scalar = item.scalar else {
                fail(item, "each item of '\(key)' must be a name, not a list or mapping")
                continue
            }
            let value = scalar.string.trimmingSpaces
            if value.isEmpty {
                fail(item, "an item of '\(key)' is empty")
            } else if let accepted = acceptable(value, key: key, at: item) {
                result.append((accepted, location(of: item)))
            }
        }
        return result
    }

    /// A nested mapping, e.g. `contact:` in site.yaml.
    mutating func mapping(_ key: String) -> YAMLMapping? {
        guard let node = node(key), node.null == nil else { return nil }
        do {
            return try YAMLMapping(node: node, path: path, firstLine: firstLine, what: "'\(key)'")
        } catch {
            errors.append(error)
            return nil
        }
    }

    /// Records an error for every key not in `known`, suggesting the closest known key.
    mutating func rejectUnknownKeys(_ known: [String]) {
        for pair in pairs where !known.contains(pair.key) {
            if pair.key == "<<" {
                errors.append(
                    BuildError(
                        location(of: pair.keyNode),
                        "YAML merge keys ('<<') are not supported in "
                            + "\(what): write the fields out"))
                continue
            }
            let guess = Suggestion.closest(to: pair.key, in: known)
            let hint = guess.map { "; did you mean '\($0)'?" } ?? "; known fields: \(known.joined(separator: ", "))"
            var advice = Advice(kind: guess == nil ? .unknownFieldList : .unknownField, field: pair.key)
            advice.suggestions = guess.map { [$0] } ?? known
            if let guess, let value = pair.value.scalar?.string, !value.contains("\n") {
                advice.example = Advice.quoted(field: guess, value: value)
            }
            errors.append(
                BuildError(
                    location(of: pair.keyNode), "unknown field '\(pair.key)' in \(what)\(hint)", advice: advice))
        }
    }

    static func location(of node: Node, path: String, firstLine: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine, column: 1) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// The line (1-based, in `yaml`) on which `key` is written the second time, at `column`.
    static func repeatedLine(of key: String, in yaml: String, column: Int) -> Int? {
        var seen = 0
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            guard indent == column - 1,
                rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':")
            else { continue }
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }

    static func buildError(from error: Error, yaml: String, path: String, firstLine: Int) -> BuildError {
        func at(_ mark: Mark, _ message: String) -> BuildError {
            BuildError(path: path, line: mark.line + firstLine - 1, column: mark.column, message)
        }
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            if let plain = YAMLMistakes.explain(
                problem: problem, line: mark.line, column: mark.column,
                context: context.map { ($0.text, $0.mark.line, $0.mark.column) }, yaml: yaml, path: path,
                firstLine: firstLine)
            {
                return plain
            }
            let detail =
                context.map {
                    " (\($0.text) that starts at line \($0.mark.line + firstLine - 1), column \($0.mark.column))"
                } ?? ""
            return at(mark, "YAML syntax error: \(problem)\(detail)")
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            // Yams names the mapping; the field is reported where it is written again.
            let line = duplicates.first.flatMap { repeatedLine(of: $0, in: yaml, column: context.mark.column) }
            let message = "field '\(duplicates.joined(separator: "', '"))' appears twice"
            guard let line else { return at(context.mark, message) }
            return BuildError(path: path, line: line + firstLine - 1, column: context.mark.column, message)
        case YamlError.reader(let problem, _, _, _):
            return BuildError(path: path, line: firstLine, column: 1, "YAML cannot be read: \(problem)")
        default:
            return BuildError(path: path, line: firstLine, column: 1, "YAML error: \(error)")
        }
    }
}
