import Foundation

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
/// title on the site's colours with its logo, name and address, or a crop of the page's own
/// image. The same input gives the same bytes.
///
/// What every card of a style shares (ground, logo, name, address) is drawn once, when the
/// first card is made; each card then only sets its title on a copy of it.
final class ShareCardImage: @unchecked Sendable {
    static let width = 1200
    static let height = 630
    /// Readable on a phone's link preview, which shows the card about 300 px wide.
    static let titleSize = 64
    private static let margin = 72
    private static let titleTop = 208
    private static let titleMaxHeight = 320

    let style: CardStyle
    private let lock = NSLock()
    private var base: Vips.Image?

    init(style: CardStyle) { self.style = style }

    /// A PNG card with `title` in `style` (made without keeping its base).
    static func render(title: String, style: CardStyle) throws(Vips.Failure) -> [UInt8] {
        try ShareCardImage(style: style).render(title: title)
    }

    /// A PNG card with `title`.
    func render(title: String) throws(Vips.Failure) -> [UInt8] {
        let width = Self.width - 2 * Self.margin
        var heading = try text(title, size: Self.titleSize, bold: true, color: style.text, width: width)
        if heading.height > Self.titleMaxHeight {
            heading = try text(
                title, size: Self.titleSize, bold: true, color: style.text, width: width, height: Self.titleMaxHeight)
        }
        let card = try baseImage()
        // Blending only the title's own area is three times faster than over the whole card.
        let area = try Vips.image(
            "extract_area",
            [
                "input": .image(card), "left": .int(Self.margin), "top": .int(Self.titleTop),
                "width": .int(heading.width), "height": .int(heading.height),
            ])
        let whole = try Vips.image(
            "insert",
            [
                "main": .image(card), "sub": .image(try Self.blend(heading, over: area)), "x": .int(Self.margin),
                "y": .int(Self.titleTop),
            ])
        // zlib's level 1 without row filters: twice as fast as level 6, 1.3 to 1.6 times bigger (66 KB for six lines).
        return try Vips.encode(
            whole, "pngsave_buffer", ["compression": .int(1), "filter": .named("none"), "strip": .bool(true)])
    }

    /// The RGBA `overlay` drawn over the opaque `ground`, each pixel's alpha weighing its colour
    /// against the ground's: what `composite2`'s "over" gives (within one step of 255), in whole
    /// numbers rather than floating point, nearly four times faster.
    private static func blend(_ overlay: Vips.Image, over ground: Vips.Image) throws(Vips.Failure) -> Vips.Image {
        let colour = try ResizedImage.opaque(overlay)
        let alpha = try Vips.image("extract_band", ["in": .image(overlay), "band": .int(3)])
        return try Vips.image(
            "ifthenelse", ["cond": .image(alpha), "in1": .image(colour), "in2": .image(ground), "blend": .bool(true)])
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

    /// The ground with the logo, the site's name and its address, computed once and kept in
    /// memory: every card reads it, none changes it.
    private func baseImage() throws(Vips.Failure) -> Vips.Image {
        lock.lock()
        defer { lock.unlock() }
        if let base { return base }
        let pixels = try Vips.pixels(try drawBase())
        let made = try Vips.image(pixels: pixels, width: Self.width, height: Self.height, bands: 3)
        base = made
        return made
    }

    private func drawBase() throws(Vips.Failure) -> Vips.Image {
        let (width, height, margin) = (Self.width, Self.height, Self.margin)
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)">\
            <rect width="\(width)" height="\(height)" fill="\(style.background)"/>\
            <rect y="\(height - 20)" width="\(width)" height="20" fill="\(style.accent)"/></svg>
            """
        var card = try Vips.image("svgload_buffer", ["buffer": .bytes(Array(svg.utf8))])
        var nameLeft = margin
        if let logo = style.logo {
            let mark = try Vips.image(
                "thumbnail_buffer", ["buffer": .bytes(logo), "width": .int(96), "height": .int(96)])
            card = try ResizedImage.place(mark, on: card, x: margin, y: 64)
            nameLeft += 96 + 28
        }
        if !style.siteName.isEmpty {
            let name = try text(
                style.siteName, size: 34, bold: true, color: style.text, width: width - nameLeft - margin)
            card = try ResizedImage.place(name, on: card, x: nameLeft, y: 64 + max(0, (96 - name.height) / 2))
        }
        if !style.domain.isEmpty {
            let domain = try text(style.domain, size: 28, bold: false, color: style.accent, width: 900)
            card = try ResizedImage.place(domain, on: card, x: margin, y: height - 64 - domain.height)
        }
        return try ResizedImage.opaque(card)
    }

    private func text(_ words: String, size: Int, bold: Bool, color: String, width: Int, height: Int? = nil)
        throws(Vips.Failure) -> Vips.Image
    {
        let markup = "<span foreground=\"\(color)\">\(Escaping.xml(EmojiFallback.drawable(words)))</span>"
        var arguments: [String: Vips.Argument] = [
            "text": .string(markup), "font": .string("\(style.font)\(bold ? " Bold" : "") \(size)"),
            "width": .int(width), "rgba": .bool(true), "wrap": .named("word"),
        ]
        if let height { arguments["height"] = .int(height) }
        return try Vips.image("text", arguments)
    }
}
