/// A few lines of a source file around a position, as HTML for the error page: line numbers,
/// the character at the column marked, and a caret under it.
struct SourceExcerpt {
    /// Lines longer than this are cut to a window around the column.
    static let maxWidth = 72
    /// A tab is shown as an arrow and spaces: the mistake it can be should be visible.
    static let tabShown = "→   "

    let firstLine: Int
    let lastLine: Int
    let html: String

    /// The lines `line - 1 ... line + 1` of `text` with `column` marked; nil when `line` is not
    /// in the text.
    init?(text: String, line: Int, column: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        firstLine = max(line - 1, 1)
        // The empty "line" after a file's last newline is not shown.
        let last = min(line + 1, lines.count)
        lastLine = last > line && lines[last - 1].isEmpty ? last - 1 : last
        let width = String(lastLine).count
        var rows: [String] = []
        for number in firstLine...lastLine {
            let gutter = String(repeating: " ", count: width - String(number).count) + String(number) + " │ "
            let scalars = Array(lines[number - 1].unicodeScalars)
            guard number == line else {
                let shown = Self.window(scalars, around: 1)
                rows.append("<span class=\"gutter\">\(gutter)</span>\(Self.escaped(shown.scalars))")
                continue
            }
            let shown = Self.window(scalars, around: column)
            let at = min(max(column - 1 - shown.offset, 0), shown.scalars.count)
            let before = Array(shown.scalars[..<at])
            var row = "<span class=\"gutter\">\(gutter)</span>" + Self.escaped(before)
            if at < shown.scalars.count {
                row += "<mark>\(Self.escaped([shown.scalars[at]]))</mark>"
                row += Self.escaped(Array(shown.scalars[(at + 1)...]))
            }
            rows.append(row)
            let pad = String(repeating: " ", count: width) + " │ " + String(repeating: " ", count: Self.width(before))
            rows.append("<span class=\"caret\" aria-hidden=\"true\">\(pad)^</span>")
        }
        html = rows.joined(separator: "\n")
    }

    /// At most `maxWidth` scalars of `scalars` around `column`, with "…" where cut; `offset`
    /// is how many scalars of the line come before the window's first (the "…" counted in).
    static func window(_ scalars: [Unicode.Scalar], around column: Int) -> (scalars: [Unicode.Scalar], offset: Int) {
        guard scalars.count > maxWidth else { return (scalars, 0) }
        let start = min(max(column - 1 - maxWidth / 2, 0), scalars.count - maxWidth)
        var shown = Array(scalars[start..<(start + maxWidth)])
        var offset = start
        if start > 0 {
            shown.insert("…", at: 0)
            offset -= 1
        }
        if start + maxWidth < scalars.count { shown.append("…") }
        return (shown, offset)
    }

    static func width(_ scalars: [Unicode.Scalar]) -> Int {
        scalars.reduce(0) { $0 + ($1 == "\t" ? tabShown.count : 1) }
    }

    static func escaped(_ scalars: [Unicode.Scalar]) -> String {
        var html = ""
        var plain = String.UnicodeScalarView()
        func flush() {
            html += Escaping.html(String(plain))
            plain = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if scalar == "\t" {
                flush()
                html += "<span class=\"tab\">→</span>   "
            } else {
                plain.append(YAMLMapping.isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        flush()
        return html
    }
}
