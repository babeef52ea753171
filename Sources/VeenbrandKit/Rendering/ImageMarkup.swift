import Foundation

/// How an image of the site is shown: its size, so the page does not shift as it loads, and
/// its narrower copies, so a phone loads a picture its size. Applied to every `<img>` of a
/// body whose file the site has, and to lead images.
struct ImageMarkup: Sendable {
    /// The text column is 42rem wide at most; narrower screens show images screen-wide.
    static let sizes = "(min-width: 46rem) 42rem, 100vw"

    private let byHref: [String: SiteImage]
    private let base: SiteBase

    init(images: SiteImages, base: SiteBase) {
        var byHref: [String: SiteImage] = [:]
        for image in images.byPath.values {
            byHref[base.href(image.path)] = image
            byHref[base.absolute(image.path)] = image
        }
        self.byHref = byHref
        self.base = base
    }

    /// The `srcset` of `image` in `format` (`webp` or its own), or nil if it has no copies.
    func srcset(_ image: SiteImage, webp: Bool) -> String? {
        guard !image.copyWidths.isEmpty, !webp || image.hasWebP else { return nil }
        let copies = image.copyWidths.map { width in
            base.href(ImageCopy.path(of: image.path, width: width, format: webp ? "webp" : image.size.format))
                + " \(width)w"
        }
        let full =
            webp
            ? base.href(ImageCopy.path(of: image.path, width: image.size.width, format: "webp"))
            : base.href(image.path)
        return (copies + ["\(full) \(image.size.width)w"]).joined(separator: ", ")
    }

    /// A document's picture as templates show it.
    func value(_ image: SiteImage, alt: String) -> TemplateValue {
        TemplateShape.image.record([
            "src": .text(base.href(image.path)), "alt": .text(alt), "width": .number(image.size.width),
            "height": .number(image.size.height), "srcset": .optional(srcset(image, webp: false)),
            "webpSrcset": .optional(srcset(image, webp: true)), "sizes": .text(Self.sizes),
        ])
    }

    /// `html` with each `<img>` of a known file given its `width` and `height`, lazy loading,
    /// and, with `pictures`, its copies (a `<picture>` with a WebP `<source>`). Feeds take no
    /// `<picture>`: many readers drop it. Works on the UTF-8 bytes: most bodies have no image,
    /// and a Foundation search through each would cost more than rendering it.
    func apply(to html: String, pictures: Bool) -> String {
        let bytes = Array(html.utf8)
        guard ByteSearch.find(Self.imageStart, in: bytes) != nil else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 512)
        var position = 0
        while let start = ByteSearch.find(Self.imageStart, in: bytes, from: position) {
            out += bytes[position..<start]
            let source = start + Self.imageStart.count
            guard let quote = bytes[source...].firstIndex(of: UInt8(ascii: "\"")),
                let end = ByteSearch.find(Self.tagEnd, in: bytes, from: quote),
                let image = image(at: String(decoding: bytes[source..<quote], as: UTF8.self))
            else {
                out += bytes[start..<source]
                position = source
                continue
            }
            var tag = String(decoding: bytes[start..<end], as: UTF8.self)
            tag += " width=\"\(image.size.width)\" height=\"\(image.size.height)\" loading=\"lazy\" decoding=\"async\""
            if pictures, let fallback = srcset(image, webp: false) {
                tag += " srcset=\"\(fallback)\" sizes=\"\(Self.sizes)\" />"
                if let webp = srcset(image, webp: true) {
                    let source = "<source type=\"image/webp\" srcset=\"\(webp)\" sizes=\"\(Self.sizes)\">"
                    tag = "<picture>\(source)\(tag)</picture>"
                }
                out += Array(tag.utf8)
            } else {
                out += Array((tag + " />").utf8)
            }
            position = end + Self.tagEnd.count
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The image an `<img src>` names. Markdown writes a name with letters beyond ASCII
    /// (`foto-één.jpg`, as a CMS upload may be called) percent-encoded: `foto-%C3%A9%C3%A9n.jpg`.
    private func image(at src: String) -> SiteImage? {
        if let image = byHref[src] { return image }
        guard src.contains("%"), let decoded = src.removingPercentEncoding else { return nil }
        return byHref[decoded]
    }

    private static let imageStart = Array("<img src=\"".utf8)
    private static let tagEnd = Array(" />".utf8)
}
