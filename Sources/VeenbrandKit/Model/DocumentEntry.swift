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

/// What every kind of document (articles, standalone pages…) is alike in: a file of its own
/// with a title, a slug that gives its address, aliases, and a draft flag; its fields are
/// listed once (`visitFields`), and its body stays in its file.
protocol Document: Sendable {
    /// What a document of this kind is called in messages: "article", "page".
    static var noun: String { get }
    /// The source file, relative to the site folder.
    var path: String { get }
    var title: String { get }
    var slug: Slug { get }
    /// Where the slug came from (the `slug:` field or the file name), for clash errors.
    var slugLocation: SourceLocation { get }
    /// The summary the editor wrote, if any.
    var summary: String? { get }
    var draft: Bool { get }
    var aliases: [Alias] { get }
    /// The document's own address.
    var sitePath: SitePath { get }
    /// Why the build does not publish it (a draft, or dated later than `publication.now`), or nil.
    func withheld(by publication: Publication) -> String?
    mutating func visitFields(_ visitor: inout some FieldVisitor)
}

extension Document {
    func withheld(by publication: Publication) -> String? { draft && !publication.includeDrafts ? "a draft" : nil }

    /// The slug's claim to the document's address.
    var claim: Claim { Claim(noun: Self.noun, location: slugLocation, name: slug.value) }
}

/// A parsed document of any kind, for what all kinds share (addresses, redirects, bodies),
/// answered without boxing the document's fields.
protocol AnyDocumentEntry: AnyObject, Sendable {
    var body: BodyOrigin { get }
    /// The document's own address.
    var sitePath: SitePath { get }
    /// The document as a value of any kind (boxed: for the few that need it).
    var document: any Document { get }
    /// Why `publication` does not publish it, or nil.
    func withheld(by publication: Publication) -> String?
    /// Its aliases, each leading to its address.
    var redirects: [Redirect] { get }
}

/// A document as the site knows it once parsed: its fields, its summary and where its body
/// is, with a fingerprint of everything its pages and feeds can show.
///
/// A class: entries are passed around in arrays of ten thousands, and a reference is copied
/// in one step where a struct of strings would retain each of them.
final class DocumentEntry<Fields: Document>: Sendable {
    let fields: Fields
    /// The editor's summary, or else the body's first paragraph as plain text.
    let summary: String
    let body: BodyOrigin
    /// Of every field, the summary and the body: when it is unchanged, so is what shows it.
    let fingerprint: Fingerprint

    init(_ fields: Fields, summary: String, body: BodyOrigin) {
        self.fields = fields
        self.summary = summary
        self.body = body
        var copy = fields
        var visitor = FingerprintVisitor()
        copy.visitFields(&visitor)
        visitor.fingerprint.add(summary)
        visitor.fingerprint.add(body.fingerprint)
        fingerprint = visitor.fingerprint
    }
}

typealias ArticleEntry = DocumentEntry<Article>
typealias PageEntry = DocumentEntry<Page>

extension DocumentEntry: AnyDocumentEntry {
    var document: any Document { fields }
    var sitePath: SitePath { fields.sitePath }
    func withheld(by publication: Publication) -> String? { fields.withheld(by: publication) }

    var redirects: [Redirect] {
        fields.aliases.map { Redirect(alias: $0, target: fields.sitePath, title: fields.title) }
    }
}

extension DocumentEntry where Fields == Article {
    /// The article's fields, lent, not copied: lists of ten thousand entries are read often.
    var article: Article { _read { yield fields } }
}

extension DocumentEntry where Fields == Page {
    var page: Page { _read { yield fields } }
}
