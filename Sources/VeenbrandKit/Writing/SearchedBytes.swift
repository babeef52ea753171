/// What of a page Pagefind reads, for the fingerprint of the shard that holds it: a shard is
/// indexed again only when the index it would get changes.
///
/// Pagefind drops the content of an element marked `data-pagefind-ignore`, but it still reads
/// in there: `data-pagefind-*` attributes (metadata, filters, sorting), the first `h1` (the
/// title), an `img` after it (the picture), the elements with an `id` (anchors: their numbers and
/// texts), `html` (the language), and `script` and `link` tags; and an ignored inline element
/// (`span`, `time`…) passes its parent's anchor on to its inline children. So only such content
/// is left out that has none of those, in a block element whose end tag HTML never implies, its
/// content balanced, with no comments, raw text or foreign (SVG, MathML) content; an element
/// with an `id` in it counts whole. The page is read as an HTML tokenizer reads it
/// (`MarkupReader`), so a marker in a comment, a script or an attribute's value is no marker.
/// Anything else counts whole: a page that is not understood is fingerprinted byte for byte,
/// never less. The article page's "Meer over dit onderwerp" block is such content: a retitled
/// article changes the block on the pages of the articles related to it, and their shards stay
/// as they are.
enum SearchedBytes {
    /// The fingerprint of `page` as Pagefind reads it, starting from `fingerprint`.
    static func fingerprint(of page: UnsafeBufferPointer<UInt8>, into fingerprint: inout Fingerprint) {
        var start = 0
        if ByteSearch.offset(of: marker, in: page) != nil {
            var reader = MarkupReader(page)
            while let tag = reader.next() {
                guard tag.isIgnored, !tag.isClosing, let region = ignoredContent(of: tag, in: page) else { continue }
                fingerprint.add(bytes: UnsafeBufferPointer(rebasing: page[start..<region.content.lowerBound]))
                for kept in region.kept { fingerprint.add(bytes: UnsafeBufferPointer(rebasing: page[kept])) }
                start = region.content.upperBound
                reader = MarkupReader(page, from: start)
            }
        }
        fingerprint.add(bytes: UnsafeBufferPointer(rebasing: page[start...]))
    }

    private static let marker = Array("data-pagefind-ignore".utf8)

    /// Whether a tag of `page` has the attribute `data-pagefind-body`: not only its letters in a
    /// text, a comment or an attribute's value, where an article about Pagefind could have them.
    static func marksBody(_ page: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ByteSearch.offset(of: Array("data-pagefind-body".utf8), in: page) != nil else { return false }
        var reader = MarkupReader(page)
        while let tag = reader.next() {
            if tag.marksBody && !tag.isClosing { return true }
        }
        return false
    }

    /// Block elements whose end is certain: HTML never implies their end tag, so it is where it is
    /// written; and Pagefind passes no anchor through them.
    private static let certainEnds: Set<String> = [
        "article", "aside", "blockquote", "details", "div", "dl", "figure", "footer", "header", "nav", "ol",
        "section", "ul",
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
        "noscript", "plaintext", "svg", "math", "template", "meta", "base", "html", "head", "body",
    ]

    /// The content of the ignored `element`, if it can be left out, and the parts within it that
    /// still count (the elements with an `id`, whole). It reads no further than the next ignored
    /// element (which it cannot leave out), so a page is read about twice at most.
    private static func ignoredContent(of element: MarkupReader.Tag, in page: UnsafeBufferPointer<UInt8>)
        -> (content: Range<Int>, kept: [Range<Int>])?
    {
        guard certainEnds.contains(element.name), element.pagefindAttributes == 1 else { return nil }
        var reader = MarkupReader(page, from: element.end)
        var stack = [element.name]
        var kept: [Range<Int>] = []
        var keeping: (start: Int, depth: Int)?
        while let tag = reader.next() {
            if reader.passedOver { return nil }  // a comment or raw text
            if tag.isClosing {
                while let top = stack.last, top != tag.name, optionalEnds.contains(top) { stack.removeLast() }
                guard stack.last == tag.name else { return nil }
                stack.removeLast()
                if let open = keeping, stack.count <= open.depth {
                    kept.append(open.start..<tag.end)
                    keeping = nil
                }
                if stack.isEmpty { return (element.end..<tag.start, kept) }
                continue
            }
            if readOrRaw.contains(tag.name) || tag.pagefindAttributes > 0 { return nil }
            if voidElements.contains(tag.name) {
                if tag.hasID, keeping == nil { kept.append(tag.start..<tag.end) }
                continue
            }
            if tag.hasID, keeping == nil { keeping = (tag.start, stack.count) }
            stack.append(tag.name)
        }
        return nil
    }
}
