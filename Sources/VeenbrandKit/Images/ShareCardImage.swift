/// How the site's share cards look: its colours, its logo mark and its name.
struct CardStyle: Sendable, Hashable {
    /// `#rrggbb` colours: the card's ground, its accent (a band and the address) and its text.
    var background = "#5a1f07"
    var accent = "#f6b042"
    var text = "#fffdf9"
    /// The Pango font family the card's words are set in.
    var font = "DejaVu Sans"
    /// The site's name, shown beside the logo.
    var siteName = ""
    /// The site's address without its scheme, shown at the bottom: `www.rvjeugdzorg.nl`.
    var domain = ""
    /// The logo mark, an SVG file's bytes, if the site has one.
    var logo: [UInt8]?
}

/// The 1200×630 pictures a shared link shows (Open Graph, `summary_large_image`): a page's
/// title on the site's colours with its logo and name, or a crop of the page's own image.
/// The same input gives the same bytes.
enum ShareCardImage {
    static let width = 1200
    static let height = 630
    /// Readable on a phone's link preview, which shows the card about 300 px wide.
    static let titleSize = 64
    private static let margin = 72
    private static let titleTop = 208
    private static let titleMaxHeight = 320

    /// A PNG card with `title` in `style`.
    static func render(title: String, style: CardStyle) throws(Vips.Failure) -> [UInt8] {
        var card = try background(style)
        var nameLeft = margin
        if let logo = style.logo {
            let mark = try Vips.image(
                "thumbnail_buffer", ["buffer": .bytes(logo), "width": .int(96), "height": .int(96)])
            card = try place(mark, on: card, x: margin, y: 64)
            nameLeft += 96 + 28
        }
        if !style.siteName.isEmpty {
            let name = try text(
                style.siteName, style, size: 34, bold: true, color: style.text, width: width - nameLeft - margin)
            card = try place(name, on: card, x: nameLeft, y: 64 + max(0, (96 - name.height) / 2))
        }
        var heading = try text(title, style, size: titleSize, bold: true, color: style.text, width: width - 2 * margin)
        if heading.height > titleMaxHeight {
            heading = try text(
                title, style, size: titleSize, bold: true, color: style.text, width: width - 2 * margin,
                height: titleMaxHeight)
        }
        card = try place(heading, on: card, x: margin, y: titleTop)
        if !style.domain.isEmpty {
            let domain = try text(style.domain, style, size: 28, bold: false, color: style.accent, width: 900)
            card = try place(domain, on: card, x: margin, y: height - 64 - domain.height)
        }
        let opaque = try Vips.image("extract_band", ["in": .image(card), "band": .int(0), "n": .int(3)])
        return try ResizedImage.encode(opaque, "png")
    }

    /// A JPEG 1200×630 crop of the image in the file at `path` (its centre, scaled to fill).
    static func crop(imageAt path: String) throws(Vips.Failure) -> [UInt8] {
        let image = try Vips.image(
            "thumbnail",
            [
                "filename": .string(path), "width": .int(width), "height": .int(height), "crop": .named("centre"),
                "size": .named("both"), "fail-on": .named("truncated"),
            ])
        return try ResizedImage.encode(image, "jpeg")
    }

    private static func background(_ style: CardStyle) throws(Vips.Failure) -> Vips.Image {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)">\
            <rect width="\(width)" height="\(height)" fill="\(style.background)"/>\
            <rect y="\(height - 20)" width="\(width)" height="20" fill="\(style.accent)"/></svg>
            """
        return try Vips.image("svgload_buffer", ["buffer": .bytes(Array(svg.utf8))])
    }

    private static func text(
        _ words: String, _ style: CardStyle, size: Int, bold: Bool, color: String, width: Int, height: Int? = nil
    ) throws(Vips.Failure) -> Vips.Image {
        let markup = "<span foreground=\"\(color)\">\(Escaping.xml(words))</span>"
        var arguments: [String: Vips.Argument] = [
            "text": .string(markup), "font": .string("\(style.font)\(bold ? " Bold" : "") \(size)"),
            "width": .int(width), "rgba": .bool(true), "wrap": .named("word"),
        ]
        if let height { arguments["height"] = .int(height) }
        return try Vips.image("text", arguments)
    }

    private static func place(_ overlay: Vips.Image, on base: Vips.Image, x: Int, y: Int) throws(Vips.Failure)
        -> Vips.Image
    {
        try Vips.image(
            "composite2",
            ["base": .image(base), "overlay": .image(overlay), "mode": .named("over"), "x": .int(x), "y": .int(y)])
    }
}
