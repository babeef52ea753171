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

    static func apply(_ headings: [Heading], to html: String) -> String {
        var result = html
        for heading in headings {
            let marked = "<h\(heading.level)\(heading.position.attribute)>"
            if let range = result.range(of: marked) {
                result.replaceSubrange(range, with: "<h\(heading.level) id=\"\(heading.id)\">")
            }
        }
        return removingSourcePositions(result)
    }

    private static func removingSourcePositions(_ html: String) -> String {
        let marker = " data-sourcepos=\""
        guard html.contains(marker) else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let start = rest.range(of: marker) {
            result += rest[..<start.lowerBound]
            let afterMarker = rest[start.upperBound...]
            guard let end = afterMarker.firstIndex(of: "\"") else {
                rest = afterMarker
                break
            }
            rest = afterMarker[afterMarker.index(after: end)...]
        }
        result += rest
        return result
    }
}
