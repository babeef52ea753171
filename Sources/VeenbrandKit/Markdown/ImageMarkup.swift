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
        guard !image.copyWidths.isEmpty else { return nil }
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

    /// A lead image as templates show it.
    func view(_ image: SiteImage, alt: String) -> ImageView {
        ImageView(
            src: base.href(image.path), alt: alt, width: image.size.width, height: image.size.height,
            srcset: srcset(image, webp: false), webpSrcset: srcset(image, webp: true), sizes: Self.sizes)
    }

    /// `html` with each `<img>` of a known file given its `width` and `height`, lazy loading,
    /// and, with `pictures`, its copies (a `<picture>` with a WebP `<source>`). Feeds take no
    /// `<picture>`: many readers drop it.
    func apply(to html: String, pictures: Bool) -> String {
        guard html.contains("<img ") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let start = rest.range(of: "<img src=\"") {
            out += rest[..<start.lowerBound]
            let afterSource = rest[start.upperBound...]
            guard let quote = afterSource.firstIndex(of: "\""), let end = afterSource.range(of: " />"),
                let image = byHref[String(afterSource[..<quote])]
            else {
                out += rest[start]
                rest = afterSource
                continue
            }
            let tagEnd = end.upperBound
            var tag = String(rest[start.lowerBound..<end.lowerBound])
            tag += " width=\"\(image.size.width)\" height=\"\(image.size.height)\" loading=\"lazy\" decoding=\"async\""
            if pictures, let fallback = srcset(image, webp: false), let webp = srcset(image, webp: true) {
                tag += " srcset=\"\(fallback)\" sizes=\"\(Self.sizes)\" />"
                out +=
                    "<picture><source type=\"image/webp\" srcset=\"\(webp)\" sizes=\"\(Self.sizes)\">\(tag)</picture>"
            } else {
                out += tag + " />"
            }
            rest = rest[tagEnd...]
        }
        out += rest
        return out
    }
}
