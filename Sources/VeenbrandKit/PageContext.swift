/// The typed values templates receive. Every page gets `site`, `t` (UI strings) and `page`;
/// each page kind adds its own fields. swift-mustache reads these structs' stored properties,
/// so the names here are the names templates use (documented in the README).
protocol PageContext: Sendable {
    var site: SiteView { get }
    var t: [String: String] { get }
    var page: PageMeta { get }
}

/// The site's settings as templates show them.
struct SiteView: Sendable {
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
}

/// What every page says about itself: titles, canonical URL, feeds, navigation state.
struct PageMeta: Sendable {
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
}

struct FeedLink: Sendable {
    let title: String
    let url: String
}

/// A theme or keyword as a link.
struct TermLink: Sendable {
    let name: String
    let url: String
}

/// An article in a list: home, theme and keyword pages, related articles.
struct ArticleItem: Sendable {
    let title: String
    let url: String
    let date: String
    let isoDate: String
    let summary: String
    let themes: [TermLink]
    let hasThemes: Bool
    /// A draft shown because drafts were asked for (preview): templates show a "Concept" banner.
    let isDraft: Bool
    /// Dated after the build's "now", shown because future articles were asked for: "Gepland".
    let isScheduled: Bool
}

/// A theme or keyword with its description and count, for the index pages.
struct TermView: Sendable {
    let name: String
    let url: String
    let description: String
    let count: Int
    /// Exactly one article: templates say "1 artikel", not "1 artikelen".
    let isSingle: Bool
    let feedURL: String?
}

/// Links between the pages of a paginated list.
struct Pagination: Sendable {
    let current: Int
    let total: Int
    let previousURL: String?
    let nextURL: String?
    /// Whether there is more than one page (so the navigation is shown at all).
    let isPaginated: Bool
}

/// The full article for its own page.
struct ArticleView: Sendable {
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
}

struct HomeContext: PageContext {
    let site: SiteView
    let t: [String: String]
    let page: PageMeta
    /// Whether this is the first page (which shows the site's introduction).
    let isFirstPage: Bool
    let articles: [ArticleItem]
    let pagination: Pagination
}

struct ArticleContext: PageContext {
    let site: SiteView
    let t: [String: String]
    let page: PageMeta
    let article: ArticleView
}

/// The themes index or the keywords index.
struct TermIndexContext: PageContext {
    let site: SiteView
    let t: [String: String]
    let page: PageMeta
    let terms: [TermView]
}

/// One theme's or keyword's page.
struct TermContext: PageContext {
    let site: SiteView
    let t: [String: String]
    let page: PageMeta
    let term: TermView
    let articles: [ArticleItem]
    let pagination: Pagination
}

struct NotFoundContext: PageContext {
    let site: SiteView
    let t: [String: String]
    let page: PageMeta
}
