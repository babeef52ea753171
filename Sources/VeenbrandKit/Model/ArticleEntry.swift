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

/// An article as the site knows it once parsed: its front matter, its summary and where its
/// body is, with a fingerprint of everything its pages and feeds can show.
///
/// A class: entries are passed around in arrays of ten thousands, and a reference is copied
/// in one step where a struct of strings would retain each of them.
final class ArticleEntry: Sendable {
    let article: Article
    /// The editor's summary, or else the body's first paragraph as plain text.
    let summary: String
    let body: BodyOrigin
    /// Of every field, the summary and the body: when it is unchanged, so is what shows it.
    let fingerprint: Fingerprint

    init(_ article: Article, summary: String, body: BodyOrigin) {
        self.article = article
        self.summary = summary
        self.body = body
        var article = article
        var visitor = FingerprintVisitor()
        article.visitFields(&visitor)
        visitor.fingerprint.add(summary)
        visitor.fingerprint.add(body.fingerprint)
        fingerprint = visitor.fingerprint
    }
}

/// A standalone page as the site knows it once parsed (see `ArticleEntry`).
final class PageEntry: Sendable {
    let page: Page
    /// The editor's summary, or else the body's first paragraph as plain text.
    let summary: String
    let body: BodyOrigin
    let fingerprint: Fingerprint

    init(_ page: Page, summary: String, body: BodyOrigin) {
        self.page = page
        self.summary = summary
        self.body = body
        var page = page
        var visitor = FingerprintVisitor()
        page.visitFields(&visitor)
        visitor.fingerprint.add(summary)
        visitor.fingerprint.add(body.fingerprint)
        fingerprint = visitor.fingerprint
    }
}
