/// One thing an output file is made from, named so that a later build can look it up again:
/// what a producer read while it made the file (`ReadLog`). Its value in a build
/// (`ReadValues`) says whether it changed: a file none of whose reads changed is not made again.
struct Read: Hashable, Sendable, Comparable {
    enum Kind: UInt8, Sendable, CaseIterable {
        /// What the context makes once for every page: the settings, the theme and its templates,
        /// the menu, the base URL, the images' sizes (`RenderContext.settings`).
        case settings
        /// The look of share cards and icons.
        case cardStyle
        /// Where the language's long words break.
        case hyphenation
        /// A published document, whole (`Document.fingerprint`), by its path.
        case document
        /// Whether a document (by path) shows as scheduled, which changes as time passes.
        case scheduled
        /// A topic or a keyword (by slug): its name, description, articles and events.
        case topic, keyword
        /// The name a topic's or keyword's links show (by slug).
        case topicName, keywordName
        /// The articles of a year of the archive (`number`).
        case year
        /// The related articles of an article (by path).
        case related
        /// An image of the site (by address): its file, size and copies.
        case image
        /// What a share card (by address) shows.
        case card
        /// The picture a page's shared link shows (by the page's address).
        case picture
        /// A file of the site folder (by path), by its stamp.
        case sourceFile
        /// A file made before the others (by output path), by its reads: its size.
        case made
        /// Which element is at a place of a list (`name` is the list's, `number` the place).
        case position
        /// How many elements a list has (and, for the events, how many are to come).
        case count
        /// The addresses the sitemap lists, with their dates.
        case sitemap
        /// The CMS settings (site.yaml's `cms:`).
        case cms
    }

    let kind: Kind
    let name: String
    let number: Int

    init(_ kind: Kind, _ name: String = "", _ number: Int = 0) {
        self.kind = kind
        self.name = name
        self.number = number
    }

    static func < (left: Read, right: Read) -> Bool {
        (left.kind.rawValue, left.name, left.number) < (right.kind.rawValue, right.name, right.number)
    }

    static let settings = Read(.settings)
}
