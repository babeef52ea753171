/// A page's markup read forward the way an HTML tokenizer reads it, tag by tag: comments,
/// doctypes and other bogus comments, and the text of raw-text elements (`script`, `style`…)
/// are passed over, so that nothing in them is taken for a tag or an attribute.
struct MarkupReader {
    /// A tag, with what matters of its attributes here.
    struct Tag {
        /// Lowercased.
        let name: String
        let isClosing: Bool
        /// Where it starts (its `<`) and ends (after its `>`).
        let start: Int
        let end: Int
        /// Its attributes: `data-pagefind-body`, `data-pagefind-ignore`, an `id`, and how many
        /// start with `data-pagefind-`.
        var marksBody = false
        var isIgnored = false
        var hasID = false
        var pagefindAttributes = 0
    }

    let page: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// Whether a comment, a bogus comment or raw text was passed over since this was last reset.
    var passedOver = false
    /// The raw-text element whose text comes next, if any.
    private var rawText: String?

    private static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]

    init(_ page: UnsafeBufferPointer<UInt8>, from position: Int = 0) {
        self.page = page
        self.position = position
    }

    /// The next tag, or nil at the end of the page or at one that does not end.
    mutating func next() -> Tag? {
        if let element = rawText {
            rawText = nil
            passedOver = true
            guard let close = closing(element) else { return nil }
            position = close
        }
        while let open = ByteSearch.offset(of: [UInt8(ascii: "<")], in: page, from: position) {
            guard open + 1 < page.count else { return nil }
            let following = page[open + 1]
            if following == UInt8(ascii: "!") || following == UInt8(ascii: "?")
                || (following == UInt8(ascii: "/") && !(open + 2 < page.count && Self.isLetter(page[open + 2])))
            {
                passedOver = true
                let isComment = page[open...].starts(with: "<!--".utf8)
                let ending = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = ByteSearch.offset(of: ending, in: page, from: open + (isComment ? 4 : 1)) else {
                    return nil
                }
                position = end + ending.count
                continue
            }
            guard Self.isLetter(following) || following == UInt8(ascii: "/") else {
                position = open + 1  // a "<" of text
                continue
            }
            guard let tag = Self.tag(at: open, in: page) else { return nil }
            position = tag.end
            if !tag.isClosing, Self.rawTextElements.contains(tag.name) { rawText = tag.name }
            return tag
        }
        return nil
    }

    /// Where the end tag of the raw-text `element` starts, after `position`.
    private func closing(_ element: String) -> Int? {
        var from = position
        while let found = ByteSearch.offset(of: Array("</".utf8), in: page, from: from) {
            let name = Self.name(in: page, from: found + 2)
            if name.text == element { return found }
            from = found + 2
        }
        return nil
    }

    /// The tag whose `<` is at `start`, or nil if it does not end.
    private static func tag(at start: Int, in page: UnsafeBufferPointer<UInt8>) -> Tag? {
        let isClosing = page[start + 1] == UInt8(ascii: "/")
        let (name, afterName) = name(in: page, from: start + (isClosing ? 2 : 1))
        var index = afterName
        var flags = (body: false, ignored: false, id: false, pagefind: 0)
        while true {
            while index < page.count, isSpace(page[index]) || page[index] == UInt8(ascii: "/") { index += 1 }
            guard index < page.count else { return nil }
            if page[index] == UInt8(ascii: ">") { break }
            // An attribute's name: at least one byte (an "=" first is part of it, as in HTML).
            let nameStart = index
            index += 1
            while index < page.count, !isSpace(page[index]), page[index] != UInt8(ascii: "="),
                page[index] != UInt8(ascii: ">"), page[index] != UInt8(ascii: "/")
            {
                index += 1
            }
            let attribute = UnsafeBufferPointer(rebasing: page[nameStart..<index])
            if equalsLowercased(attribute, "data-pagefind-body") { flags.body = true }
            if equalsLowercased(attribute, "data-pagefind-ignore") { flags.ignored = true }
            if equalsLowercased(attribute, "id") { flags.id = true }
            let prefix = UnsafeBufferPointer(rebasing: attribute[..<Swift.min(14, attribute.count)])
            if equalsLowercased(prefix, "data-pagefind-") { flags.pagefind += 1 }
            while index < page.count, isSpace(page[index]) { index += 1 }
            guard index < page.count, page[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < page.count, isSpace(page[index]) { index += 1 }
            guard index < page.count else { return nil }
            let quote = page[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = ByteSearch.offset(of: [quote], in: page, from: index + 1) else { return nil }
                index = close + 1
            } else {
                while index < page.count, !isSpace(page[index]), page[index] != UInt8(ascii: ">") { index += 1 }
            }
        }
        var tag = Tag(name: name, isClosing: isClosing, start: start, end: index + 1)
        (tag.marksBody, tag.isIgnored, tag.hasID, tag.pagefindAttributes) = flags
        return tag
    }

    /// A tag's name from `start`, lowercased (up to a space, `/` or `>`), and where it ends.
    private static func name(in page: UnsafeBufferPointer<UInt8>, from start: Int) -> (text: String, end: Int) {
        var end = start
        while end < page.count, !isSpace(page[end]), page[end] != UInt8(ascii: "/"), page[end] != UInt8(ascii: ">") {
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: page[start..<end]), as: UTF8.self)
        return (text.lowercased(), end)
    }

    private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for (byte, wanted) in zip(bytes, expected) {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lower != wanted { return false }
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
