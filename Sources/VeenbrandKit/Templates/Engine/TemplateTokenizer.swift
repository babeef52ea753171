/// Splits a template's source into text (line by line) and tags, following set-delimiter
/// tags (`{{=<% %>=}}`).
struct TemplateTokenizer {
    private let bytes: [UInt8]
    private var open = Array("{{".utf8)
    private var close = Array("}}".utf8)

    init(_ source: String) { bytes = Array(source.utf8) }

    /// The tokens of the source, or the first syntax error.
    mutating func tokens() throws(TemplateSyntaxError) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var position = 0
        while position < bytes.count {
            let tagStart = find(open, from: position) ?? bytes.count
            appendText(position, tagStart, to: &tokens)
            guard tagStart < bytes.count else { break }
            let (token, end) = try tag(at: tagStart)
            tokens.append(token)
            position = end
        }
        return tokens
    }

    /// Text between `start` and `end`, cut after each line end.
    private func appendText(_ start: Int, _ end: Int, to tokens: inout [TemplateToken]) {
        var pieceStart = start
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                tokens.append(TemplateToken(.text, string(pieceStart, index + 1), at: pieceStart))
                pieceStart = index + 1
            }
            index += 1
        }
        if pieceStart < end { tokens.append(TemplateToken(.text, string(pieceStart, end), at: pieceStart)) }
    }

    /// The tag that starts at `start`, and where it ends.
    private mutating func tag(at start: Int) throws(TemplateSyntaxError) -> (TemplateToken, Int) {
        let contentStart = start + open.count
        if contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {
            guard let end = find([UInt8(ascii: "}")] + close, from: contentStart + 1) else {
                throw unclosed(start)
            }
            let name = try tagName(contentStart + 1, end, at: start)
            return (TemplateToken(.rawValue, name, at: start), end + 1 + close.count)
        }
        guard let end = find(close, from: contentStart) else { throw unclosed(start) }
        let next = end + close.count
        var sigilAt = contentStart
        while sigilAt < end, bytes[sigilAt] == UInt8(ascii: " ") { sigilAt += 1 }
        let sigil = sigilAt < end ? bytes[sigilAt] : 0
        let kind: TemplateToken.Kind
        switch sigil {
        case UInt8(ascii: "!"), UInt8(ascii: "%"): return (TemplateToken(.comment, "", at: start), next)
        case UInt8(ascii: "="):
            try setDelimiters(sigilAt + 1, end, at: start)
            return (TemplateToken(.delimiters, "", at: start), next)
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "&"): kind = .rawValue
        default: return (TemplateToken(.value, try tagName(contentStart, end, at: start), at: start), next)
        }
        return (TemplateToken(kind, try tagName(sigilAt + 1, end, at: start), at: start), next)
    }

    /// `{{=<% %>=}}`: two delimiters, separated by whitespace, between equals signs.
    private mutating func setDelimiters(_ start: Int, _ end: Int, at tag: Int) throws(TemplateSyntaxError) {
        let content = string(start, end).trimmingWhitespace
        let parts = content.hasSuffix("=") ? content.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" }) : []
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw TemplateSyntaxError(offset: tag, reason: "invalid set-delimiter tag")
        }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }

    private func tagName(_ start: Int, _ end: Int, at tag: Int) throws(TemplateSyntaxError) -> String {
        let name = string(start, max(start, end)).trimmingWhitespace
        guard !name.isEmpty, !name.contains(where: \.isWhitespace) else {
            throw TemplateSyntaxError(offset: tag, reason: name.isEmpty ? "a tag has no name" : "a name has a space")
        }
        return name
    }

    private func unclosed(_ start: Int) -> TemplateSyntaxError {
        TemplateSyntaxError(
            offset: start, reason: "a tag is not closed with '\(String(decoding: close, as: UTF8.self))'")
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    private func string(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }
}

extension String {
    /// Without spaces, tabs and line ends at either end.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.blank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.blank($0) })!
        return String(scalars[first...last])
    }

    private static func blank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
