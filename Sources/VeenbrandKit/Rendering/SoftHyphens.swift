/// Soft hyphens (U+00AD) in the long words of a page's text, so that a browser breaks
/// "jeugdbeschermingsketen" where Dutch breaks it, with a hyphen, in every browser (not only
/// those with a Dutch dictionary for `hyphens: auto`). Only text of the `<body>` is touched:
/// never a tag or its attributes (addresses, `alt`, `content`), the `<head>` (title, meta
/// tags, JSON-LD), nor what is code or script.
enum SoftHyphens {
    static let character: Character = "\u{00AD}"
    /// Elements whose text is left as it is, up to their end tag.
    static let untouched: Set<String> = [
        "head", "code", "pre", "kbd", "samp", "script", "style", "textarea", "svg", "math",
    ]

    /// `html` with soft hyphens in the long words of its body's text.
    static func insert(into html: String, _ hyphenator: Hyphenator) -> String {
        guard let body = ByteSearch.range(of: "<body", in: html[...]) else { return html }
        var out = String(html[..<body.lowerBound])
        out.reserveCapacity(html.utf8.count + 256)
        var index = body.lowerBound
        var textStart = index
        var skipping: String?
        var depth = 0
        // Read byte by byte: `<`, `>` and quotes are ASCII, never part of another character.
        let bytes = html.utf8
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open
            let text = html[textStart..<index]
            out += skipping == nil ? hyphenator.softHyphenated(text) : String(text)
            let end = tagEnd(html, from: index)
            let tag = html[index..<end]
            out += tag
            let (name, closing) = tagName(tag)
            if let skipped = skipping {
                if name == skipped { depth += closing ? -1 : 1 }
                if depth == 0 { skipping = nil }
            } else if untouched.contains(name), !closing, !tag.hasSuffix("/>") {
                skipping = name
                depth = 1
            }
            index = end
            textStart = end
        }
        let rest = html[textStart...]
        out += skipping == nil ? hyphenator.softHyphenated(rest) : String(rest)
        return out
    }

    /// `text` without soft hyphens.
    static func removed(from text: String) -> String { text.filter { $0 != character } }

    /// The index after the `>` that ends the tag (or comment) starting at `start`; a `>` inside
    /// a quoted attribute value does not end it.
    private static func tagEnd(_ html: String, from start: String.Index) -> String.Index {
        if html[start...].hasPrefix("<!--") {
            return ByteSearch.range(of: "-->", in: html[start...])?.upperBound ?? html.endIndex
        }
        let bytes = html.utf8
        var quote: UInt8?
        var index = bytes.index(after: start)
        while index < bytes.endIndex {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return html.endIndex
    }

    /// `code` and false for `<code class="x">`, `code` and true for `</code>`: read byte by
    /// byte while the name is ASCII, as every name of HTML is.
    private static func tagName(_ tag: Substring) -> (String, Bool) {
        let bytes = tag.utf8
        var index = bytes.index(after: bytes.startIndex)
        let closing = index < bytes.endIndex && bytes[index] == UInt8(ascii: "/")
        if closing { index = bytes.index(after: index) }
        var name: [UInt8] = []
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 { return anyTagName(tag) }
            let lower = byte | 0x20
            if (0x61...0x7A).contains(lower) {
                name.append(lower)
            } else if (0x30...0x39).contains(byte) {
                name.append(byte)
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        return (String(decoding: name, as: UTF8.self), closing)
    }

    /// The same, character by character, for a name with letters beyond ASCII.
    private static func anyTagName(_ tag: Substring) -> (String, Bool) {
        var rest = tag.dropFirst()
        let closing = rest.first == "/"
        if closing { rest = rest.dropFirst() }
        return (String(rest.prefix { $0.isLetter || $0.isNumber }).lowercased(), closing)
    }
}
