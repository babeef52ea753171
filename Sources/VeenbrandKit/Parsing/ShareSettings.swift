/// site.yaml's settings for what a shared link shows: the logo, a default picture and the
/// share cards' colours.
///
/// ```yaml
/// logo: /assets/logo.svg        # an SVG of the site: the icons and the cards are made from it
/// image: /media/beweging.jpg    # optional: the picture of pages that have no card of their own
/// shareCards:                   # optional (or `shareCards: false`: no cards are made)
///   background: "#5a1f07"       # also the browser's theme-color
///   accent: "#f6b042"
///   text: "#fffdf9"
///   font: DejaVu Sans
/// ```
struct ShareSettings: Sendable, Equatable {
    /// The logo's address in the site, and where it was written.
    var logo: SitePath?
    var logoLocation: SourceLocation?
    var image: SitePath?
    var imageLocation: SourceLocation?
    /// Whether share cards are made.
    var cards = true
    var style = CardStyle()

    static func parse(_ fields: inout YAMLMapping) -> (settings: ShareSettings, errors: [BuildError]) {
        var settings = ShareSettings()
        (settings.logo, settings.logoLocation) = file("logo", in: &fields)
        (settings.image, settings.imageLocation) = file("image", in: &fields)
        guard let node = fields.node("shareCards") else { return (settings, []) }
        if node.scalar != nil {
            settings.cards = fields.bool("shareCards") ?? true
            return (settings, [])
        }
        guard var mapping = fields.mapping("shareCards") else { return (settings, []) }
        mapping.rejectUnknownKeys(["background", "accent", "text", "font"])
        for (key, path) in [
            ("background", \CardStyle.background), ("accent", \CardStyle.accent), ("text", \CardStyle.text),
        ] {
            guard let colour = mapping.string(key), let colourNode = mapping.node(key) else { continue }
            if isColour(colour) {
                settings.style[keyPath: path] = colour.lowercased()
            } else {
                mapping.fail(colourNode, "'\(key)' '\(colour)' must be a colour written #rrggbb, like #5a1f07")
            }
        }
        if let font = mapping.string("font") { settings.style.font = font }
        return (settings, mapping.errors)
    }

    /// `#` and six hexadecimal digits, ASCII only (a full-width `３` is a digit to Swift, not to
    /// the cards' renderer).
    static func isColour(_ text: String) -> Bool {
        text.utf8.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    private static func file(_ key: String, in fields: inout YAMLMapping) -> (SitePath?, SourceLocation?) {
        guard let node = fields.node(key), let text = fields.string(key) else { return (nil, nil) }
        guard let path = SitePath(checking: text), !path.isFolder else {
            fields.fail(node, "'\(key)' '\(text)' must be a file of the site, like /assets/logo.svg or /media/foto.jpg")
            return (nil, nil)
        }
        return (path, fields.location(of: node))
    }
}
