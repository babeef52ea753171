/// The typed values templates receive. Every page gets `site`, `t` (UI strings) and `page`;
/// each page kind adds its own fields. They are classes, so that the many lookups of a page
/// pass one reference around rather than copying a struct of strings each time; the names of
/// their stored properties are the names templates use (documented in the README).
protocol PageContext: Sendable {
    var site: SiteView { get }
    var t: Labels { get }
    var page: PageMeta { get }
}

/// The site's settings as templates show them.
final class SiteView: Sendable {
    let title: String
    let description: String
    let language: String
    let baseURL: String
    let contactEmail: String?
    let contactPhone: String?
    /// `tel:` link for the phone number.
    let contactPhoneHref: String?
    let newsletter: String?
    let feedURL: String

    init(title: String, description: String, language: String, baseURL: String, contactEmail: String?,
         contactPhone: String?, contactPhoneHref: String?, newsletter: String?, feedURL: String) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.contactPhoneHref = contactPhoneHref
        self.newsletter = newsletter
        self.feedURL = feedURL
    }
}

/// What every page says about itself: titles, canonical URL, feeds, navigation state.
final class PageMeta: Sendable {
    /// The page's own title (`<h1>`).
    let title: String
    /// `<title>`: the page title and the site's title.
    let documentTitle: String
    let description: String
    /// Absolute URL of this page.
    let canonical: String
    /// `website` or `article`, for OpenGraph.
    let ogType: String
    /// Absolute URL of an image for OpenGraph, if any.
    let ogImage: String?
    let feeds: [FeedLink]
    /// Which menu item is the current section: `nieuws`, `themas`, `trefwoorden` or none.
    let inNieuws: Bool
    let inThemas: Bool
    let inTrefwoorden: Bool
    /// Whether search engines should skip the page (the 404 page).
    let noindex: Bool

    init(title: String, documentTitle: String, description: String, canonical: String, ogType: String, ogImage: String?,
         feeds: [FeedLink], inNieuws: Bool, inThemas: Bool, inTrefwoorden: Bool, noindex: Bool) {
        self.title = title
        self.documentTitle = documentTitle
        self.description = description
        self.canonical = canonical
        self.ogType = ogType
        self.ogImage = ogImage
        self.feeds = feeds
        self.inNieuws = inNieuws
        self.inThemas = inThemas
        self.inTrefwoorden = inTrefwoorden
        self.noindex = noindex
    }
}

final class FeedLink: Sendable {
    let title: String
    let url: String

    init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// The UI strings as templates see them: `{{t.news}}`.
final class Labels: Sendable {
    let values: [String: String]

    init(_ values: [String: String]) { self.values = values }
}

/// A theme or keyword as a link.
final class TermLink: Sendable {
    let name: String
    let url: String

    init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}

/// A theme or keyword with its description and count, for the index pages.
final class TermView: Sendable {
    let name: String
    let url: String
    let description: String
    let count: Int
    /// Exactly one article: templates say "1 artikel", not "1 artikelen".
    let isSingle: Bool
    let feedURL: String?

    init(name: String, url: String, description: String, count: Int, isSingle: Bool, feedURL: String?) {
        self.name = name
        self.url = url
        self.description = description
        self.count = count
        self.isSingle = isSingle
        self.feedURL = feedURL
    }
}

/// Links between the pages of a paginated list.
final class Pagination: Sendable {
    let current: Int
    let total: Int
    let previousURL: String?
    let nextURL: String?
    /// Whether there is more than one page (so the navigation is shown at all).
    let isPaginated: Bool

    init(current: Int, total: Int, previousURL: String?, nextURL: String?, isPaginated: Bool) {
        self.current = current
        self.total = total
        self.previousURL = previousURL
        self.nextURL = nextURL
        self.isPaginated = isPaginated
    }
}

/// The full article for its own page.
final class ArticleView: Sendable {
    let title: String
    let url: String
    let date: String
    let isoDate: String
    let updatedDate: String?
    let updatedISODate: String?
    let author: String?
    let image: String?
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

    init(title: String, url: String, date: String, isoDate: String, updatedDate: String?, updatedISODate: String?,
         author: String?, image: String?, summary: String, html: String, themes: [TermLink], keywords: [TermLink],
         hasThemes: Bool, hasKeywords: Bool, hasTerms: Bool, related: [ArticleItem], hasRelated: Bool, isDraft: Bool,
         isScheduled: Bool) {
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
        self.hasThemes = hasThemes
        self.hasKeywords = hasKeywords
        self.hasTerms = hasTerms
        self.related = related
        self.hasRelated = hasRelated
        self.isDraft = isDraft
        self.isScheduled = isScheduled
    }
}

final class HomeContext: PageContext {
    let site: SiteView
    let t: Labels
    let page: PageMeta
    /// Whether this is the first page (which shows the site's introduction).
    let isFirstPage: Bool
    let articles: [ArticleItem]
    let pagination: Pagination

    init(site: SiteView, t: Labels, page: PageMeta, isFirstPage: Bool, articles: [ArticleItem],
         pagination: Pagination) {
        self.site = site
        self.t = t
        self.page = page
        self.isFirstPage = isFirstPage
        self.articles = articles
        self.pagination = pagination
    }
}

final class ArticleContext: PageContext {
    let site: SiteView
    let t: Labels
    let page: PageMeta
    let article: ArticleView

    init(site: SiteView, t: Labels, page: PageMeta, article: ArticleView) {
        self.site = site
        self.t = t
        self.page = page
        self.article = article
    }
}

/// The themes index or the keywords index.
final class TermIndexContext: PageContext {
    let site: SiteView
    let t: Labels
    let page: PageMeta
    let terms: [TermView]

    init(site: SiteView, t: Labels, page: PageMeta, terms: [TermView]) {
        self.site = site
        self.t = t
        self.page = page
        self.terms = terms
    }
}

/// One theme's or keyword's page.
final class TermContext: PageContext {
    let site: SiteView
    let t: Labels
    let page: PageMeta
    let term: TermView
    let articles: [ArticleItem]
    let pagination: Pagination

    init(site: SiteView, t: Labels, page: PageMeta, term: TermView, articles: [ArticleItem], pagination: Pagination) {
        self.site = site
        self.t = t
        self.page = page
        self.term = term
        self.articles = articles
        self.pagination = pagination
    }
}

final class NotFoundContext: PageContext {
    let site: SiteView
    let t: Labels
    let page: PageMeta

    init(site: SiteView, t: Labels, page: PageMeta) {
        self.site = site
        self.t = t
        self.page = page
    }
}
