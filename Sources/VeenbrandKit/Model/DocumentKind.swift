/// A kind of document editors write, one file each in a folder of its own. Loading lists the
/// folder, parsing parses each file, assembling publishes what is due, and routing gives each
/// its address and aliases, all alike for every kind listed in `Kinds.documents`; its producer
/// makes its pages.
protocol DocumentKind: Sendable {
    associatedtype Fields: Document
    /// The folder, relative to the site folder.
    static var folder: String { get }
    /// Whether a site must have the folder.
    static var isRequired: Bool { get }
    /// Parses one file: its text and its path relative to the site folder.
    static func parse(_ text: String, path: String, catalog: TopicCatalog?) throws(BuildFailure)
        -> ParsedDocument<Fields>
}

/// Articles: `content/nieuws/*.md`.
enum Articles: DocumentKind {
    static let folder = "content/nieuws"
    static let isRequired = true

    static func parse(_ text: String, path: String, catalog: TopicCatalog?) throws(BuildFailure)
        -> ParsedDocument<Article>
    {
        try ArticleParser.parse(text, path: path, catalog: catalog)
    }
}

/// Standalone pages: `content/paginas/*.md`.
enum Pages: DocumentKind {
    static let folder = "content/paginas"
    static let isRequired = false

    static func parse(_ text: String, path: String, catalog: TopicCatalog?) throws(BuildFailure)
        -> ParsedDocument<Page>
    {
        try PageParser.parse(text, path: path)
    }
}

/// The documents of every kind, each kind's in a list of its own.
struct Documents: Sendable {
    /// Each kind's list, as it was stored and as entries of any kind.
    private var lists: [ObjectIdentifier: (typed: any Sendable, erased: [any AnyDocumentEntry])] = [:]
    /// The kinds in the order they were first stored.
    private var order: [ObjectIdentifier] = []

    /// The documents of `kind`, in the order stored.
    subscript<Kind: DocumentKind>(kind: Kind.Type) -> [DocumentEntry<Kind.Fields>] {
        get { lists[ObjectIdentifier(kind)].map { $0.typed as! [DocumentEntry<Kind.Fields>] } ?? [] }
        set {
            let key = ObjectIdentifier(kind)
            if lists[key] == nil { order.append(key) }
            lists[key] = (newValue, newValue)
        }
    }

    /// Every document of every kind.
    var all: [any AnyDocumentEntry] { order.flatMap { lists[$0]!.erased } }
}
