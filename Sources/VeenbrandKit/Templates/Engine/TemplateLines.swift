/// The specification's standalone lines: a line that holds only tags that render nothing
/// where they stand (sections, comments, partials, parents, blocks, set-delimiter tags) and
/// whitespace is left out of the output; the whitespace before a partial or parent on such
/// a line indents every line of what it expands to. A block whose opening and closing tags
/// share a line is not standalone: the whitespace before it indents its content instead.
enum TemplateLines {
    static func apply(_ tokens: [TemplateToken]) -> [TemplateToken] {
        var result: [TemplateToken] = []
        result.reserveCapacity(tokens.count)
        var lineStart = 0
        for index in tokens.indices {
            let token = tokens[index]
            let endsLine =
                index == tokens.count - 1 || (token.kind == .text && token.text.utf8.last == UInt8(ascii: "\n"))
            if endsLine {
                appendLine(tokens[lineStart...index], to: &result)
                lineStart = index + 1
            }
        }
        return result
    }

    private static func appendLine(_ line: ArraySlice<TemplateToken>, to result: inout [TemplateToken]) {
        let first = line[line.startIndex]
        let indent = first.kind == .text ? leadingBlank(first.text) : ""
        let tags = line.filter { $0.kind != .text }
        let standsAlone =
            !tags.isEmpty && tags.allSatisfy(\.kind.canStandAlone)
            && line.allSatisfy { $0.kind != .text || isBlank($0.text) } && !holdsWholeBlock(tags)
        var onlyBlankBefore = true
        for var token in line {
            token.lineIndent = indent
            if standsAlone {
                guard token.kind != .text else { continue }
                token.standsAlone = true
                token.indent = indent
            } else if token.kind == .text {
                token.startsLine = token.offset == first.offset
                onlyBlankBefore = onlyBlankBefore && isBlank(token.text)
            } else {
                if token.kind == .block, onlyBlankBefore { token.indent = indent }
                onlyBlankBefore = false
            }
            result.append(token)
        }
    }

    /// A block opened and closed on the line.
    private static func holdsWholeBlock(_ tags: [TemplateToken]) -> Bool {
        let opened = Set(tags.filter { $0.kind == .block }.map(\.text))
        return tags.contains { $0.kind == .close && opened.contains($0.text) }
    }

    private static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    private static func leadingBlank(_ text: String) -> String {
        String(text.prefix { $0 == " " || $0 == "\t" })
    }
}
