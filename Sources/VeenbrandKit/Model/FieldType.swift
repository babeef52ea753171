/// What a front-matter field holds: how it is written, how it is checked, how templates see
/// it and how the CMS edits it all follow from its type.
enum FieldType: Sendable, Equatable {
    /// One line of text.
    case text
    /// A summary: text over lines; without one, lists and feeds show the body's first paragraph.
    case summary
    /// A day (`2021-10-05`) or a moment (`2021-10-05T14:30:00+02:00`); the CMS asks for a day.
    case date
    /// A moment (`2021-10-07T20:30:00+02:00`), or a day for something that lasts all day; the
    /// CMS asks for a time too.
    case moment
    /// `true` or `false`.
    case flag
    /// A whole number from 1 (a place in a menu).
    case position
    /// An address on the web: `https://…` or `http://…`.
    case webAddress
    /// Names of topics listed in themes.yaml.
    case topics
    /// Free keywords.
    case keywords
    /// Old addresses of the document on this site, which redirect to it.
    case aliases
    /// A picture: a file of the site, `/media/foto.jpg`.
    case picture
    /// What a picture shows, for readers who cannot see it: required with the picture, `""` if
    /// it only decorates.
    case pictureText
    /// The document's own part of its address; without one, the file's name.
    case slug
    /// Text over lines for the editors (where a text comes from, what is still to check): kept
    /// in the file, never shown on the site.
    case note

    /// The name the documentation's tables give the type.
    var documented: String {
        switch self {
        case .text, .summary, .note: "text"
        case .date: "date"
        case .moment: "date and time"
        case .flag: "`true`/`false`"
        case .position: "number"
        case .webAddress: "web address"
        case .topics: "list of themes"
        case .keywords: "list of keywords"
        case .aliases: "list of paths"
        case .picture: "file of the site"
        case .pictureText: "text"
        case .slug: "slug"
        }
    }
}
