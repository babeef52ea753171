/// Gives headings `id`s (GitHub style: `Wat moet er gebeuren?` → `wat-moet-er-gebeuren`, repeats
/// get `-1`, `-2`), so readers can link to a section and `check` can verify `#anchor` links.
///
/// cmark-gfm renders with `CMARK_OPT_SOURCEPOS`, which marks each block with its exact source
/// range; a heading's mark is replaced by its id and every other mark is removed.
enum HeadingIDs {
    struct SourcePosition: Equatable {
        var startLine, startColumn, endLine, endColumn: Int

        var attribute: String { " data-sourcepos=\"\(startLine):\(startColumn)-\(endLine):\(endColumn)\"" }
    }

    struct Heading: Equatable {
        var level: Int
        var position: SourcePosition
        var id: String
    }

    static func uniqueID(for text: String, used: inout Set<String>) -> String {
        let base = Slug(text)?.value ?? "kop"
        var id = base
        var counter = 1
        while used.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }

    /// Replaces each heading's source-position mark by its id and drops every other mark, in
    /// one pass over the bytes (the HTML of a long article has thousands of marks).
    static func apply(_ headings: [Heading], to html: String) -> String {
        let marker = Array(" data-sourcepos=\"".utf8)
        guard html.utf8.count > marker.count else { return html }
        var idsByMark: [String: String] = [:]
        for heading in headings {
            let position = heading.position
            idsByMark["h\(heading.level) \(position.startLine):\(position.startColumn)-\(position.endLine):\(position.endColumn)"] = heading.id
        }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var lastTagStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") { lastTagStart = result.count }
            guard byte == UInt8(ascii: " "), bytes.count - index > marker.count,
                  bytes[index..<(index + marker.count)].elementsEqual(marker),
                  let close = bytes[(index + marker.count)...].firstIndex(of: UInt8(ascii: "\"")) else {
                result.append(byte)
                index += 1
                continue
            }
            let tag = String(decoding: result[(lastTagStart + 1)...], as: UTF8.self)
            let value = String(decoding: bytes[(index + marker.count)..<close], as: UTF8.self)
            if let id = idsByMark["\(tag) \(value)"] {
                result.append(contentsOf: Array(" id=\"\(id)\"".utf8))
            }
            index = close + 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
