/// A problem a page can have and still be built, which the preview (never the build) shows at
/// the top of the page, in the site's language: the theme's UI string `notice<Kind>`, with
/// `{address}` filled in. `check` reports the same problems in English.
enum PreviewNotice: Sendable, Hashable {
    /// A link or image whose address leads nowhere on the site.
    case goesNowhere(String)
    /// A link to a `#place` that has no heading with that id.
    case noSuchHeading(String)
    /// An image without alt text.
    case noAltText(String)
    /// The text is still what `veenbrand new` wrote as a placeholder.
    case placeholderText

    /// The UI string's key.
    var key: String {
        switch self {
        case .goesNowhere: "noticeGoesNowhere"
        case .noSuchHeading: "noticeNoSuchHeading"
        case .noAltText: "noticeNoAltText"
        case .placeholderText: "noticePlaceholderText"
        }
    }

    /// The address it is about, if any.
    var address: String {
        switch self {
        case .goesNowhere(let address), .noSuchHeading(let address), .noAltText(let address): address
        case .placeholderText: ""
        }
    }
}
