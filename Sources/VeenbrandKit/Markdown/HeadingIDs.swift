#if canImport(Glibc)
    import Glibc
#endif

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

    /// The ids given so far in one document. A repeated heading costs one step, however many
    /// came before it: each base id remembers the next number to try.
    struct Unique {
        private var used = Set<String>()
        private var next: [String: Int] = [:]
        /// How many ids were tried, for the test that giving ids stays linear.
        private(set) var tries = 0

        mutating func id(for text: String) -> String {
            let base = Slug(text)?.value ?? "kop"
            tries += 1
            if used.insert(base).inserted { return base }
            var counter = next[base, default: 1]
            var id = "\(base)-\(counter)"
            tries += 1
            while !used.insert(id).inserted {
                counter += 1
                id = "\(base)-\(counter)"
                tries += 1
            }
            next[base] = counter + 1
            return id
        }
    }

    /// Replaces each heading's source-position mark by its id and drops every other mark, in
    /// one pass over the bytes (the HTML of a long article has thousands of marks).
    static func apply(_ headings: [Heading], to html: String) -> String {
        let marker = Array(" data-sourcepos=\"".utf8)
        guard html.utf8.count > marker.count else { return html }
        var idsByMark: [String: String] = [:]
        for heading in headings {
            let position = heading.position
            idsByMark[
                "h\(heading.level) \(position.startLine):\(position.startColumn)-"
                    + "\(position.endLine):\(position.endColumn)"
            ] = heading.id
        }
        var html = html
        return html.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var copied = 0  // bytes before this index are in `result` (or dropped)
            var index = 0
            let name = marker.count - 2  // the mark up to its "=": ` data-sourcepos`
            while index < bytes.count - marker.count {
                // Attributes are found by their "=", the rarest byte of the mark.
                guard
                    let found = memchr(
                        bytes.baseAddress! + index + name, Int32(UInt8(ascii: "=")),
                        bytes.count - index - name)
                else { break }
                let equals = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
                guard equals + 1 < bytes.count, bytes[equals + 1] == UInt8(ascii: "\""),
                    memcmp(bytes.baseAddress! + equals - name, marker, name) == 0,
                    let close = bytes[(equals + 2)...].firstIndex(of: UInt8(ascii: "\""))
                else {
                    index = equals + 1 - name
                    continue
                }
                index = equals - name
                result.append(contentsOf: bytes[copied..<index])
                var tagStart = index
                while tagStart > 0, bytes[tagStart] != UInt8(ascii: "<") { tagStart -= 1 }
                let tag = String(decoding: bytes[(tagStart + 1)..<index], as: UTF8.self)
                let value = String(decoding: bytes[(index + marker.count)..<close], as: UTF8.self)
                if let id = idsByMark["\(tag) \(value)"] {
                    result.append(contentsOf: " id=\"\(id)\"".utf8)
                }
                index = close + 1
                copied = index
            }
            result.append(contentsOf: bytes[copied...])
            return String(decoding: result, as: UTF8.self)
        }
    }
}
