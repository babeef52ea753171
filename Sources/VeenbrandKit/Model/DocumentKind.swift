/// A kind of document editors write, one file each in a folder of its own, declared as data:
/// its fields, where its documents are published, what dates publish them and what must hold
/// between its fields. Loading lists its folder, parsing reads every file by its fields,
/// assembling publishes what is due, routing gives each document its address, the CMS offers
/// a collection of it: alike for every kind listed in `Kinds.documents`.
final class DocumentKind: Sendable {
    /// What a document of this kind is called in messages: "article".
    let noun: String
    /// Its folder, relative to the site folder: `content/nieuws`.
    let folder: String
    /// Whether a site must have the folder.
    let isRequired: Bool
    /// Every field, in the order front matter and the CMS list them.
    let fields: [Field]
    /// The word its documents are published under (`/nieuws/<slug>/`); nil: at the top (`/<slug>/`).
    let word: AddressWord?
    /// The place in `fields` of the field whose date publishes a document (an article's
    /// `date`): until then it waits.
    let duePosition: Int?
    /// What must hold between the fields of one document (an event ends after it starts).
    let rules: @Sendable (DocumentFields) -> [BuildError]
    /// How the CMS names the collection, in Dutch, and what it lists entries by.
    let collection: Collection
    private let positions: HashedNameTable

    /// The CMS's words for a kind's collection.
    struct Collection: Sendable {
        let label: String
        let singular: String
        /// How an entry is listed: `{{title}} ({{date}})`.
        let summary: String
        let sortedBy: [String]
    }

    init(
        noun: String, folder: String, isRequired: Bool = false, fields: [Field], word: AddressWord?,
        dueField: Field? = nil, collection: Collection,
        rules: @escaping @Sendable (DocumentFields) -> [BuildError] = {
            _ in []
        }
    ) {
        self.noun = noun
        self.folder = folder
        self.isRequired = isRequired
        self.fields = fields
        self.word = word
        self.collection = collection
        self.rules = rules
        positions = HashedNameTable(fields.map(\.name))
        duePosition = dueField.flatMap { due in fields.firstIndex { $0.name == due.name } }
    }

    /// The CMS's name for the collection: the folder's last part (`nieuws`).
    var name: String { String(folder.split(separator: "/").last ?? "") }

    /// Where `field` is in `fields`, if the kind has it.
    func position(of field: Field) -> Int? { positions.place(of: field.key) }
}

/// A document's fields as a kind's rules see them: its values, and where its front matter
/// starts.
struct DocumentFields: Sendable {
    let kind: DocumentKind
    let values: FieldValues
    /// The front matter's first line, for errors about a field that is not there.
    let start: SourceLocation

    func entry(_ field: Field) -> FieldValues.Entry? { values.entry(field, in: kind) }

    /// Where `entry`, one of the document's, was written.
    func location(of entry: FieldValues.Entry) -> SourceLocation { entry.location(in: start.path) }

    func date(_ field: Field) -> ContentDate? { values.date(field, in: kind) }
}

extension DocumentKind: Equatable, Hashable {
    static func == (lhs: DocumentKind, rhs: DocumentKind) -> Bool { lhs === rhs }
    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
