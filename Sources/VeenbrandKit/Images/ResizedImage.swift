/// The other pictures made from the site's images: narrower copies for `srcset`, and the
/// icons made from the logo.
enum ResizedImage {
    /// The image in the file at `path` scaled to `width`, encoded as `format` (`webp`, `jpeg`,
    /// `png`); metadata is left out, so the same file gives the same bytes.
    static func copy(of path: String, width: Int, format: String) throws(Vips.Failure) -> [UInt8] {
        let image = try Vips.image(
            "thumbnail",
            [
                "filename": .string(path), "width": .int(width), "size": .named("down"),
                "fail-on": .named("truncated"),
            ])
        return try encode(image, format)
    }

    /// Decodes the picture at `path` whole, at a small scale: fails as the copies would if the
    /// file is cut off or damaged.
    static func probe(_ path: String) throws(Vips.Failure) {
        let image = try Vips.image(
            "thumbnail", ["filename": .string(path), "width": .int(64), "fail-on": .named("truncated")])
        _ = try Vips.pixels(image)
    }

    /// A square PNG icon of `size` px: the SVG `logo` on `background` (`#rrggbb`), as home
    /// screens show icons without transparency.
    static func icon(logo: [UInt8], size: Int, background: String) throws(Vips.Failure) -> [UInt8] {
        let mark = try Vips.image(
            "thumbnail_buffer", ["buffer": .bytes(logo), "width": .int(size), "height": .int(size)])
        let ground = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(size)" height="\(size)">\
            <rect width="\(size)" height="\(size)" fill="\(background)"/></svg>
            """
        let base = try Vips.image("svgload_buffer", ["buffer": .bytes(Array(ground.utf8))])
        let icon = try place(mark, on: base, x: (size - mark.width) / 2, y: (size - mark.height) / 2)
        return try encode(try opaque(icon), "png")
    }

    /// `overlay` drawn over `base` with its top left corner at `x`, `y`.
    static func place(_ overlay: Vips.Image, on base: Vips.Image, x: Int = 0, y: Int = 0) throws(Vips.Failure)
        -> Vips.Image
    {
        try Vips.image(
            "composite2",
            ["base": .image(base), "overlay": .image(overlay), "mode": .named("over"), "x": .int(x), "y": .int(y)])
    }

    /// `image` without its alpha band, for a picture drawn on an opaque ground.
    static func opaque(_ image: Vips.Image) throws(Vips.Failure) -> Vips.Image {
        try Vips.image("extract_band", ["in": .image(image), "band": .int(0), "n": .int(3)])
    }

    static func encode(_ image: Vips.Image, _ format: String) throws(Vips.Failure) -> [UInt8] {
        switch format {
        case "webp": try Vips.encode(image, "webpsave_buffer", ["Q": .int(78), "strip": .bool(true)])
        case "jpeg": try Vips.encode(image, "jpegsave_buffer", ["Q": .int(82), "strip": .bool(true)])
        // zlib's level 6 without row filters: four times faster than level 9 on a card, 9% bigger.
        case "png":
            try Vips.encode(
                image, "pngsave_buffer", ["compression": .int(6), "filter": .named("none"), "strip": .bool(true)])
        default: throw Vips.Failure(message: "Veenbrand does not write \(format) images")
        }
    }
}
