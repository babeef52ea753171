/// One front-matter field of a kind of document, declared once: its name, what it holds,
/// whether it must be there, what a new document starts with, how the CMS offers it (in
/// Dutch), where it shows, and what it means (for the documentation). The parser's checks, the
/// cache, the template values, the CMS configuration and the tables in docs/content.md are
/// all read from the kinds' lists of fields, so a new field is one line in one list.
struct Field: Sendable {
    /// The front-matter key, and the name templates know the value by.
    let name: String
    /// The name, hashed once: a kind finds the field's place by it.
    let key: HashedName
    let type: FieldType
    let isRequired: Bool
    /// What a new document (`veenbrand new`, a new entry in the CMS) starts with, if anything.
    let initial: Initial?
    /// What the field is, in English, for the documentation.
    let meaning: String
    /// The CMS's label and hint for it, in Dutch.
    let label: String
    let hint: String?
    /// Whether templates see the value by its name (a picture's text is part of the picture).
    let inTemplates: Bool
    /// What feeds make of it, if they show it.
    let inFeeds: FeedElement?

    /// What a new document's field starts as.
    enum Initial: Sendable, Equatable {
        case flag(Bool)
        /// The day the document is made.
        case today
        /// An empty text or list, to be filled in.
        case empty
    }

    /// The elements of a feed's item a field fills.
    enum FeedElement: Sendable, Equatable {
        /// `<title>`, with the item's `<link>` and `<guid>`.
        case title
        /// `<pubDate>`.
        case published
        /// `<dc:creator>`.
        case creator
        /// `<description>`.
        case description
        /// One `<category>` per name.
        case categories
    }

    init(
        _ name: String, _ type: FieldType, required: Bool = false, initial: Initial? = nil, label: String,
        hint: String? = nil, inTemplates: Bool = true, inFeeds: FeedElement? = nil, meaning: String
    ) {
        self.name = name
        key = HashedName(name)
        self.type = type
        isRequired = required
        self.initial = initial
        self.label = label
        self.hint = hint
        self.inTemplates = inTemplates
        self.inFeeds = inFeeds
        self.meaning = meaning
    }
}
