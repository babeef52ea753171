/// An article as its front matter describes it; the body stays in its file (see `BodyOrigin`).
struct Article: Document {
    static let noun = "article"

    /// Source path relative to the site folder, for messages.
    var path: String
    var slug: Slug
    var title: String
    var date: ArticleDate
    var updated: ArticleDate?
    /// The summary the editor wrote, if any (else the first paragraph is used).
    var summary: String?
    var themes: [Topic]
    var keywords: [Keyword]
    var draft: Bool
    var author: String?
    /// The lead image, a file of the site (`/media/foto.jpg`), its alt text ("" if it only
    /// decorates) and where `image:` was written.
    var image: String?
    var imageAlt: String?
    var imageLocation: SourceLocation
    /// Old addresses that redirect to the article.
    var aliases: [Alias]
    /// Where the slug came from (the `slug:` field or the file name), for clash errors.
    var slugLocation: SourceLocation

    /// The page this article is published at.
    var sitePath: SitePath { .article(slug) }

    func withheld(by publication: Publication) -> String? {
        if draft && !publication.includeDrafts { return "a draft" }
        return publication.isScheduled(self) && !publication.includeFuture ? "scheduled for \(date)" : nil
    }

    /// Every field, once: the fingerprint, the build cache's archive and the template views
    /// all go through this list (`ArticleFieldsTests` fails when a stored field is left out).
    mutating func visitFields(_ visitor: inout some FieldVisitor) {
        visitor.visit("path", &path)
        visitor.visit("slug", &slug)
        visitor.visit("title", &title)
        visitor.visit("date", &date)
        visitor.visit("updated", &updated)
        visitor.visit("summary", &summary)
        visitor.visit("themes", &themes)
        visitor.visit("keywords", &keywords)
        visitor.visit("draft", &draft)
        visitor.visit("author", &author)
        visitor.visit("image", &image)
        visitor.visit("imageAlt", &imageAlt)
        visitor.visit("imageLocation", &imageLocation)
        visitor.visit("aliases", &aliases)
        visitor.visit("slugLocation", &slugLocation)
    }

    /// An article with every field empty, to be filled by a visitor (the cache reader).
    static var blank: Article {
        Article(
            path: "", slug: Slug(made: "x")!, title: "", date: .epoch, updated: nil, summary: nil, themes: [],
            keywords: [], draft: false, author: nil, image: nil, imageAlt: nil, imageLocation: SourceLocation(path: ""),
            aliases: [],
            slugLocation: SourceLocation(path: ""))
    }
}

/// A free keyword (*Trefwoord*). Keywords that differ only in case or diacritics share a slug.
struct Keyword: Sendable, Hashable {
    let name: String
    let slug: Slug
}

/// An old address of a document, from its `aliases:` field: it redirects to the document.
struct Alias: Sendable, Hashable {
    let path: SitePath
    /// Where the editor wrote it, for clash errors.
    let location: SourceLocation
}
