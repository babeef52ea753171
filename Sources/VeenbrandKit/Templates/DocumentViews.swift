/// The full article for its own page: `{{article.title}}`.
final class ArticleView: Sendable, TemplateParent {
    let title: String
    let url: String
    let date: String
    let isoDate: String
    let updatedDate: String?
    let updatedISODate: String?
    let author: String?
    let image: ImageView?
    let summary: String
    /// The body as HTML (render with `{{{article.html}}}`).
    let html: String
    let themes: [TermLink]
    let keywords: [TermLink]
    let hasThemes: Bool
    let hasKeywords: Bool
    /// Whether there are themes or keywords (so the "more articles" block is shown).
    let hasTerms: Bool
    let related: [ArticleItem]
    let hasRelated: Bool
    let isDraft: Bool
    let isScheduled: Bool

    /// How each of an article's fields (`Article.visitFields`) shows here: by the view's
    /// properties that show it, or, for a field no page shows, why. `ArticleFieldsTests`
    /// fails when a field is missing from this list.
    static let fieldsShown: [String: [String]] = [
        "path": [],  // the source file: for messages only
        "slug": ["url"],
        "title": ["title"],
        "date": ["date", "isoDate"],
        "updated": ["updatedDate", "updatedISODate"],
        "summary": ["summary"],
        "themes": ["themes", "hasThemes"],
        "keywords": ["keywords", "hasKeywords"],
        "draft": ["isDraft"],
        "author": ["author"],
        "image": ["image"],
        "imageAlt": ["image"],
        "imageLocation": [],  // a position in the file: for messages only
        "aliases": [],  // shown by the redirect pages, not on the article's own
        "slugLocation": [],  // a position in the file: for messages only
    ]

    init(
        title: String, url: String, date: String, isoDate: String, updatedDate: String?, updatedISODate: String?,
        author: String?, image: ImageView?, summary: String, html: String, themes: [TermLink], keywords: [TermLink],
        related: [ArticleItem], isDraft: Bool, isScheduled: Bool
    ) {
        self.title = title
        self.url = url
        self.date = date
        self.isoDate = isoDate
        self.updatedDate = updatedDate
        self.updatedISODate = updatedISODate
        self.author = author
        self.image = image
        self.summary = summary
        self.html = html
        self.themes = themes
        self.keywords = keywords
        hasThemes = !themes.isEmpty
        hasKeywords = !keywords.isEmpty
        hasTerms = !themes.isEmpty || !keywords.isEmpty
        self.related = related
        hasRelated = !related.isEmpty
        self.isDraft = isDraft
        self.isScheduled = isScheduled
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "url": .text(url)
        case "date": .text(date)
        case "isoDate": .text(isoDate)
        case "updatedDate": updatedDate.map(TemplateValue.text)
        case "updatedISODate": updatedISODate.map(TemplateValue.text)
        case "author": author.map(TemplateValue.text)
        case "image": image.map { .object($0) }
        case "summary": .text(summary)
        case "html": .text(html)
        case "themes": .objects(themes)
        case "keywords": .objects(keywords)
        case "hasThemes": .flag(hasThemes)
        case "hasKeywords": .flag(hasKeywords)
        case "hasTerms": .flag(hasTerms)
        case "related": .objects(related)
        case "hasRelated": .flag(hasRelated)
        case "hasMore": .flag(hasTerms || hasRelated)
        case "isDraft": .flag(isDraft)
        case "isScheduled": .flag(isScheduled)
        default: nil
        }
    }
}

/// A standalone page for the `page` template: `{{document.title}}`.
final class PageView: Sendable, TemplateParent {
    let title: String
    let url: String
    let summary: String
    /// The body as HTML (render with `{{{document.html}}}`).
    let html: String
    let updatedDate: String?
    let updatedISODate: String?
    let image: ImageView?
    let isDraft: Bool

    /// How each of a page's fields (`Page.visitFields`) shows here (see `ArticleView.fieldsShown`).
    static let fieldsShown: [String: [String]] = [
        "path": [],  // the source file: for messages only
        "slug": ["url"],
        "title": ["title"],
        "summary": ["summary"],
        "menu": [],  // shown by the menu (`page.menu`), not on the page itself
        "menuTitle": [],  // likewise
        "draft": ["isDraft"],
        "updated": ["updatedDate", "updatedISODate"],
        "image": ["image"],
        "imageAlt": ["image"],
        "imageLocation": [],  // a position in the file: for messages only
        "aliases": [],  // shown by the redirect pages
        "slugLocation": [],  // a position in the file: for messages only
    ]

    init(
        title: String, url: String, summary: String, html: String, updatedDate: String?, updatedISODate: String?,
        image: ImageView?, isDraft: Bool
    ) {
        self.title = title
        self.url = url
        self.summary = summary
        self.html = html
        self.updatedDate = updatedDate
        self.updatedISODate = updatedISODate
        self.image = image
        self.isDraft = isDraft
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "url": .text(url)
        case "summary": .text(summary)
        case "html": .text(html)
        case "updatedDate": updatedDate.map(TemplateValue.text)
        case "updatedISODate": updatedISODate.map(TemplateValue.text)
        case "image": image.map { .object($0) }
        case "isDraft": .flag(isDraft)
        default: nil
        }
    }
}

/// An image of the site as a template shows it: `{{src}}`, `{{alt}}`, `{{width}}`,
/// `{{height}}`, and, for a wide image, `{{srcset}}`, `{{webpSrcset}}` and `{{sizes}}`.
final class ImageView: Sendable, TemplateParent {
    let src: String
    let alt: String
    let width: Int
    let height: Int
    let srcset: String?
    let webpSrcset: String?
    let sizes: String

    init(src: String, alt: String, width: Int, height: Int, srcset: String?, webpSrcset: String?, sizes: String) {
        self.src = src
        self.alt = alt
        self.width = width
        self.height = height
        self.srcset = srcset
        self.webpSrcset = webpSrcset
        self.sizes = sizes
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "src": .text(src)
        case "alt": .text(alt)
        case "width": .text(String(width))
        case "height": .text(String(height))
        case "srcset": srcset.map(TemplateValue.text)
        case "webpSrcset": webpSrcset.map(TemplateValue.text)
        case "sizes": .text(sizes)
        default: nil
        }
    }
}
