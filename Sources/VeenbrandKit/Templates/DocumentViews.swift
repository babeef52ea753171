import Mustache

/// The full article for its own page: `{{article.title}}`.
final class ArticleView: Sendable, MustacheParent {
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

    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(title)
        case "url": MustacheText(url)
        case "date": MustacheText(date)
        case "isoDate": MustacheText(isoDate)
        case "updatedDate": updatedDate.map(MustacheText.init)
        case "updatedISODate": updatedISODate.map(MustacheText.init)
        case "author": author.map(MustacheText.init)
        case "image": image
        case "summary": MustacheText(summary)
        case "html": MustacheText(html)
        case "themes": themes
        case "keywords": keywords
        case "hasThemes": hasThemes
        case "hasKeywords": hasKeywords
        case "hasTerms": hasTerms
        case "related": related
        case "hasRelated": hasRelated
        case "hasMore": hasTerms || hasRelated
        case "isDraft": isDraft
        case "isScheduled": isScheduled
        default: nil
        }
    }
}

/// A standalone page for the `page` template: `{{document.title}}`.
final class PageView: Sendable, MustacheParent {
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

    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(title)
        case "url": MustacheText(url)
        case "summary": MustacheText(summary)
        case "html": MustacheText(html)
        case "updatedDate": updatedDate.map(MustacheText.init)
        case "updatedISODate": updatedISODate.map(MustacheText.init)
        case "image": image
        case "isDraft": isDraft
        default: nil
        }
    }
}

/// An image of the site as a template shows it: `{{src}}`, `{{alt}}`, `{{width}}`,
/// `{{height}}`, and, for a wide image, `{{srcset}}`, `{{webpSrcset}}` and `{{sizes}}`.
final class ImageView: Sendable, MustacheParent {
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

    func child(named name: String) -> Any? {
        switch name {
        case "src": MustacheText(src)
        case "alt": MustacheText(alt)
        case "width": MustacheText(String(width))
        case "height": MustacheText(String(height))
        case "srcset": srcset.map(MustacheText.init)
        case "webpSrcset": webpSrcset.map(MustacheText.init)
        case "sizes": MustacheText(sizes)
        default: nil
        }
    }
}
