/// What of a page Pagefind reads, for the fingerprint of the shard that holds it: a shard is
/// indexed again only when the index it would get changes.
///
/// Pagefind drops the content of an element marked `data-pagefind-ignore`, but it still reads
/// in there: `data-pagefind-*` attributes (metadata, filters, sorting), the first `h1` (the
/// title), an `img` after it (the picture), the elements with an `id` (it counts anchors), and
/// `script` and `link` tags. So only such content is left out that has none of those and whose
/// end is certain: an element whose end tag HTML never implies, its content balanced, with no
/// comments, raw text or foreign (SVG, MathML) content. Anything else counts whole: a page
/// that is not understood is fingerprinted byte for byte, never less. The article page's "Meer
/// over dit onderwerp" block is such content: a retitled article changes the block on the pages
/// of the articles related to it, and their shards stay as they are.
enum SearchedBytes {
    /// The fingerprint of `page` as Pagefind reads it, starting from `fingerprint`.
    static func fingerprint(of page: UnsafeBufferPointer<UInt8>, into fingerprint: inout Fingerprint) {
        var start = 0
        var from = 0
        while let found = ByteSearch.offset(of: marker, in: page, from: from) {
            from = found + marker.count
            guard found >= start, let region = ignoredContent(at: found, in: page) else { continue }
            fingerprint.add(bytes: UnsafeBufferPointer(rebasing: page[start..<region.content.lowerBound]))
            for tag in region.kept { fingerprint.add(bytes: UnsafeBufferPointer(rebasing: page[tag])) }
            start = region.content.upperBound
            from = start
        }
        fingerprint.add(bytes: UnsafeBufferPointer(rebasing: page[start...]))
    }

    private static let marker = Array("data-pagefind-ignore".utf8)

    /// Whether a tag of `page` has the attribute `name` (lowercase): not only its letters in a
    /// text, where an article about Pagefind could have them.
    static func hasAttribute(_ name: String, in page: UnsafeBufferPointer<UInt8>) -> Bool {
        let letters = Array(name.utf8)
        var from = 0
        while let found = ByteSearch.offset(of: letters, in: page, from: from) {
            from = found + letters.count
            if let tag = tag(around: found, in: page), tag.attributes.contains(name) { return true }
        }
        return false
    }

    /// The tag that holds the byte at `position`, if it is in one.
    private static func tag(around position: Int, in page: UnsafeBufferPointer<UInt8>) -> Tag? {
        var open = position
        while open > 0, page[open] != UInt8(ascii: "<") {
            if page[open] == UInt8(ascii: ">") { return nil }  // in text, not in a tag
            open -= 1
        }
        guard let tag = Tag(at: open, in: page), !tag.isClosing, tag.end > position else { return nil }
        return tag
    }

    /// Elements whose end is certain: HTML never implies their end tag, so it is where it is written.
    private static let certainEnds: Set<String> = [
        "article", "aside", "blockquote", "details", "div", "dl", "figure", "footer", "header", "nav", "ol",
        "section", "span", "time", "ul",
    ]
    /// Elements with optional end tags, closed by their parent's end tag.
    private static let optionalEnds: Set<String> = [
        "li", "dt", "dd", "p", "rt", "rp", "optgroup", "option", "colgroup", "caption", "thead", "tbody", "tfoot",
        "tr", "td", "th",
    ]
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// What Pagefind reads even inside ignored content, or whose content is no markup.
    private static let readOrRaw: Set<String> = [
        "h1", "img", "title", "script", "link", "style", "textarea", "xmp", "iframe", "noembed", "noframes",
        "noscript", "plaintext", "svg", "math", "template", "meta", "base",
    ]

    /// The content of the element whose opening tag holds the attribute at `attribute`, if it
    /// can be left out, and the tags within it that still count (those with an `id`).
    private static func ignoredContent(at attribute: Int, in page: UnsafeBufferPointer<UInt8>)
        -> (content: Range<Int>, kept: [Range<Int>])?
    {
        guard let element = tag(around: attribute, in: page), certainEnds.contains(element.name),
            element.attributes.contains("data-pagefind-ignore"),
            element.attributes.count(where: { $0.hasPrefix("data-pagefind-") }) == 1
        else { return nil }
        var stack = [element.name]
        var kept: [Range<Int>] = []
        var position = element.end
        while let next = ByteSearch.offset(of: [UInt8(ascii: "<")], in: page, from: position) {
            guard next + 1 < page.count else { return nil }
            let following = page[next + 1]
            if following == UInt8(ascii: "!") || following == UInt8(ascii: "?") { return nil }
            guard let tag = Tag(at: next, in: page) else {
                position = next + 1  // a "<" of text
                continue
            }
            position = tag.end
            if tag.isClosing {
                while let top = stack.last, top != tag.name, optionalEnds.contains(top) { stack.removeLast() }
                guard stack.last == tag.name else { return nil }
                stack.removeLast()
                if stack.isEmpty { return (element.end..<next, kept) }
                continue
            }
            if readOrRaw.contains(tag.name) || tag.attributes.contains(where: { $0.hasPrefix("data-pagefind-") }) {
                return nil
            }
            if tag.attributes.contains("id") { kept.append(next..<tag.end) }
            if !voidElements.contains(tag.name) { stack.append(tag.name) }
        }
        return nil
    }

    /// A tag: its name and attributes' names, lowercased, and where it ends (after its `>`).
    private struct Tag {
        let name: String
        let isClosing: Bool
        let attributes: [String]
        let end: Int

        /// The tag that starts with the `<` at `start`, or nil if none does.
        init?(at start: Int, in page: UnsafeBufferPointer<UInt8>) {
            var index = start + 1
            isClosing = index < page.count && page[index] == UInt8(ascii: "/")
            if isClosing { index += 1 }
            guard let name = Self.word(in: page, at: &index, until: { !Self.isNameByte($0) }), Self.isLetter(name)
            else { return nil }
            self.name = name
            var attributes: [String] = []
            while true {
                while index < page.count, Self.isSpace(page[index]) || page[index] == UInt8(ascii: "/") { index += 1 }
                guard index < page.count else { return nil }
                if page[index] == UInt8(ascii: ">") { break }
                guard
                    let attribute = Self.word(
                        in: page, at: &index,
                        until: { Self.isSpace($0) || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ">") })
                else { return nil }
                attributes.append(attribute)
                while index < page.count, Self.isSpace(page[index]) { index += 1 }
                guard index < page.count, page[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < page.count, Self.isSpace(page[index]) { index += 1 }
                guard index < page.count else { return nil }
                let quote = page[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = ByteSearch.offset(of: [quote], in: page, from: index + 1) else { return nil }
                    index = close + 1
                } else {
                    while index < page.count, !Self.isSpace(page[index]), page[index] != UInt8(ascii: ">") {
                        index += 1
                    }
                }
            }
            self.attributes = attributes
            end = index + 1
        }

        private static func word(
            in page: UnsafeBufferPointer<UInt8>, at index: inout Int, until stop: (UInt8) -> Bool
        ) -> String? {
            let start = index
            while index < page.count, !stop(page[index]) { index += 1 }
            guard index > start else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: page[start..<index]), as: UTF8.self).lowercased()
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            let lower = byte | 0x20
            return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }

        private static func isLetter(_ name: String) -> Bool {
            name.utf8.first.map { $0 >= UInt8(ascii: "a") } ?? false
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }
    }
}
