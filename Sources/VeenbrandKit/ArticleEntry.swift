/// An article as the site knows it once parsed: its front matter, its summary and fingerprints,
/// but not its body. The body is read again and rendered when the article's page or a feed is
/// written (`ArticleBodies`), so a build never holds every body, or its HTML, at once.
///
/// A class: entries are passed around in arrays of ten thousands, and a reference is copied
/// in one step where a struct of strings would retain each of them.
public final class ArticleEntry: Sendable {
    /// The front matter (the article's `body` is empty here).
    public let article: Article
    /// The editor's summary, or else the body's first paragraph as plain text.
    public let summary: String
    /// The file's version when it was parsed: the body read later must come from the same one.
    public let stamp: FileStamp?
    /// Of the Markdown body as parsed.
    public let bodyFingerprint: Fingerprint
    /// Of everything above that pages and feeds show: when it is unchanged, so are they.
    public let fingerprint: Fingerprint

    /// Indexes a freshly parsed article: its summary (the first paragraph when the editor wrote
    /// none) and fingerprints; the body is let go.
    public convenience init(_ article: Article, stamp: FileStamp? = nil) {
        let summary = article.summary ?? CMark.firstParagraph(of: article.body)
        let bodyFingerprint = Fingerprint.of(article.body)
        var withoutBody = article
        withoutBody.body = ""
        self.init(article: withoutBody, summary: summary, stamp: stamp, bodyFingerprint: bodyFingerprint)
    }

    convenience init(article: Article, summary: String, stamp: FileStamp?, bodyFingerprint: Fingerprint) {
        self.init(article: article, summary: summary, stamp: stamp, bodyFingerprint: bodyFingerprint,
                  fingerprint: Self.fingerprint(of: article, summary: summary, body: bodyFingerprint))
    }

    /// An entry as the build cache kept it.
    init(article: Article, summary: String, stamp: FileStamp?, bodyFingerprint: Fingerprint, fingerprint: Fingerprint) {
        self.article = article
        self.summary = summary
        self.stamp = stamp
        self.bodyFingerprint = bodyFingerprint
        self.fingerprint = fingerprint
    }

    /// Covers every field of the article that a page or feed can show.
    private static func fingerprint(of article: Article, summary: String, body: Fingerprint) -> Fingerprint {
        var fingerprint = Fingerprint()
        for text in [article.path, article.slug.value, article.title, article.date.description, summary] {
            fingerprint.add(text)
        }
        fingerprint.add(body)
        fingerprint.add(article.bodyFirstLine)
        for text in [article.updated?.description, article.summary, article.author, article.image] { fingerprint.add(text) }
        fingerprint.add(article.date.epochSeconds)
        fingerprint.add(article.draft)
        fingerprint.add(article.themes.count)
        for theme in article.themes {
            for text in [theme.name, theme.slug.value, theme.description] { fingerprint.add(text) }
        }
        fingerprint.add(article.keywords.count)
        for keyword in article.keywords {
            fingerprint.add(keyword.name)
            fingerprint.add(keyword.slug.value)
        }
        return fingerprint
    }
}
