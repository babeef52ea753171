/// One piece of a template's source: a run of text (never past a line end) or a tag.
struct TemplateToken: Sendable {
    enum Kind: Sendable {
        case text, value, rawValue, section, inverted, close, partial, parent, block, comment, delimiters

        /// Tags that may stand alone on a line, which then leaves no trace in the output.
        var canStandAlone: Bool {
            switch self {
            case .text, .value, .rawValue: false
            default: true
            }
        }
    }

    let kind: Kind
    /// The text, or the tag's name (without its sigil and padding).
    let text: String
    /// Where the tag or text starts in the source, in bytes.
    let offset: Int
    /// Text that starts a line.
    var startsLine = false
    /// The whitespace that starts the token's line.
    var lineIndent = ""
    /// A tag alone on its line (the line is removed), or a block tag with only whitespace
    /// before it: the whitespace before it, which its expansion is indented by.
    var indent = ""
    /// A tag alone on its line.
    var standsAlone = false

    init(_ kind: Kind, _ text: String, at offset: Int) {
        self.kind = kind
        self.text = text
        self.offset = offset
    }
}

/// A template that cannot be compiled: why, and where (a byte offset in its source).
struct TemplateSyntaxError: Error, Equatable {
    let offset: Int
    let reason: String

    /// Line and column (1-based; the column in characters) of the error in `source`.
    func position(in source: String) -> (line: Int, column: Int) {
        let before = source.utf8.prefix(offset)
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) } ?? before.startIndex
        return (line, String(decoding: before[lineStart...], as: UTF8.self).unicodeScalars.count + 1)
    }
}
