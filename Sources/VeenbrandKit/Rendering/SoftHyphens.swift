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
        guard let body = html.range(of: "<body") else { return html }
        var out = String(html[..<body.lowerBound])
        out.reserveCapacity(html.utf8.count + 256)
        var index = body.lowerBound
        var textStart = index
        var skipping: String?
        var depth = 0
        while index < html.endIndex {
            guard html[index] == "<" else {
                index = html.index(after: index)
                continue
            }
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
            return html[start...].range(of: "-->")?.upperBound ?? html.endIndex
        }
        var quote: Character?
        var index = html.index(after: start)
        while index < html.endIndex {
            let character = html[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return html.index(after: index)
            }
            index = html.index(after: index)
        }
        return html.endIndex
    }

    /// `code` and false for `<code class="x">`, `code` and true for `</code>`.
    private static func tagName(_ tag: Substring) -> (String, Bool) {
        var rest = tag.dropFirst()
        let closing = rest.first == "/"
        if closing { rest = rest.dropFirst() }
        return (String(rest.prefix { $0.isLetter || $0.isNumber }).lowercased(), closing)
    }
}
