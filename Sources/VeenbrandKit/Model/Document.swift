/// Where a document's Markdown body is, and what it was when parsed. The body is not kept: it
/// is read again and rendered when the document's page or a feed is written, and must then be
/// what was parsed.
struct BodyOrigin: Sendable, Hashable {
    /// The document's path relative to the site folder.
    let path: String
    /// The file line on which the body starts.
    let firstLine: Int
    /// Of the Markdown body as parsed.
    let fingerprint: Fingerprint
    /// The file's version when it was parsed.
    let stamp: FileStamp?
}

/// A document of any kind as the site knows it once parsed: its fields, its summary and where
/// its body is, with a fingerprint of everything its pages and feeds can show.
///
/// A class: documents are passed around in arrays of ten thousands, and a reference is copied
/// in one step where a struct of strings would retain each of them.
final class Document: Sendable {
    let kind: DocumentKind
    /// The source file, relative to the site folder.
    let path: String
    let slug: Slug
    /// Where the slug came from (the `slug:` field or the file name), for clash errors.
    let slugLocation: SourceLocation
    let fields: FieldValues
    /// The editor's summary, or else the body's first paragraph as plain text.
    let summary: String
    let body: BodyOrigin
    /// Of every field, the summary and the body: when it is unchanged, so is what shows it.
    let fingerprint: Fingerprint

    init(
        kind: DocumentKind, path: String, slug: Slug, slugLocation: SourceLocation, fields: FieldValues,
        summary: String, body: BodyOrigin
    ) {
        self.kind = kind
        self.path = path
        self.slug = slug
        self.slugLocation = slugLocation
        self.fields = fields
        self.summary = summary
        self.body = body
        var fingerprint = Fingerprint()
        fingerprint.add(path)
        fingerprint.add(slug.value)
        fields.add(to: &fingerprint)
        fingerprint.add(summary)
        fingerprint.add(body.fingerprint)
        self.fingerprint = fingerprint
    }

    /// The value of `field` and where it was written, if the document has it.
    func entry(_ field: Field) -> FieldValues.Entry? { fields.entry(field, in: kind) }

    func text(_ field: Field) -> String? { fields.text(field, in: kind) }

    func date(_ field: Field) -> ContentDate? { fields.date(field, in: kind) }

    func flag(_ field: Field) -> Bool? {
        if case .flag(let flag)? = entry(field)?.value { flag } else { nil }
    }

    func number(_ field: Field) -> Int? {
        if case .number(let number)? = entry(field)?.value { number } else { nil }
    }

    var title: String { text(.title) ?? "" }
    var draft: Bool { flag(.draft) ?? false }
    var updated: ContentDate? { date(.updated) }

    /// The day it is dated and published on, if its kind dates documents (an article's `date`).
    var due: ContentDate? {
        guard let position = kind.duePosition, case .date(let date)? = fields.entries[position]?.value else {
            return nil
        }
        return date
    }

    var topics: [Topic] {
        if case .topics(let topics)? = entry(.themes)?.value { topics } else { [] }
    }

    var keywords: [Keyword] {
        if case .keywords(let keywords)? = entry(.keywords)?.value { keywords } else { [] }
    }

    var aliases: [Alias] {
        if case .aliases(let aliases)? = entry(.aliases)?.value { aliases } else { [] }
    }

    /// Its picture (`image:`) as written, with where, and what it shows (`imageAlt:`).
    var picture: (path: String, location: SourceLocation, alt: String)? {
        guard let entry = entry(.image), case .text(let path) = entry.value else { return nil }
        return (path, entry.location(in: self.path), text(.imageAlt) ?? "")
    }
}

/// The documents of every kind, each kind's in a list of its own, in the order of `Kinds`.
struct Documents: Sendable {
    private var lists: [ObjectIdentifier: [Document]] = [:]
    private var order: [DocumentKind] = []

    /// The documents of `kind`, in the order stored.
    subscript(kind: DocumentKind) -> [Document] {
        get { lists[ObjectIdentifier(kind)] ?? [] }
        set {
            if lists[ObjectIdentifier(kind)] == nil { order.append(kind) }
            lists[ObjectIdentifier(kind)] = newValue
        }
    }

    /// Every document of every kind.
    var all: [Document] { order.flatMap { lists[ObjectIdentifier($0)] ?? [] } }

    /// The kinds, in the order first stored.
    var kinds: [DocumentKind] { order }
}
