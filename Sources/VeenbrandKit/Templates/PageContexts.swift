/// What every template sees, on every page and card alike: `site`, `t` (the UI strings) and
/// `links` (the site's own addresses). Made once per build.
final class PageBasics: Sendable, TemplateParent {
    let site: SiteView
    let t: UIStrings
    let links: LinksView

    init(site: SiteView, t: UIStrings, links: LinksView) {
        self.site = site
        self.t = t
        self.links = links
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "site": .object(site)
        case "t": .object(t)
        case "links": .object(links)
        default: nil
        }
    }
}

/// The typed values a page template receives: the basics, `page` (what the page says about
/// itself), and what its kind adds. Contexts are classes, so that a page's many lookups pass
/// one reference around; the names of their stored properties are the names templates use
/// (documented in docs/theme.md), and `child(named:)` answers them without reflection.
class PageContext: @unchecked Sendable, TemplateParent {
    let basics: PageBasics
    let page: PageMeta

    init(_ basics: PageBasics, page: PageMeta) {
        self.basics = basics
        self.page = page
    }

    func child(named name: String) -> TemplateValue? { name == "page" ? .object(page) : basics.child(named: name) }
}

final class HomeContext: PageContext, @unchecked Sendable {
    /// Whether this is the first page (which shows the site's introduction).
    let isFirstPage: Bool
    let articles: [ArticleItem]
    let pagination: Pagination

    init(_ basics: PageBasics, page: PageMeta, isFirstPage: Bool, articles: [ArticleItem], pagination: Pagination) {
        self.isFirstPage = isFirstPage
        self.articles = articles
        self.pagination = pagination
        super.init(basics, page: page)
    }

    override func child(named name: String) -> TemplateValue? {
        switch name {
        case "isFirstPage": .flag(isFirstPage)
        case "articles": .objects(articles)
        case "pagination": .object(pagination)
        default: super.child(named: name)
        }
    }
}

final class ArticleContext: PageContext, @unchecked Sendable {
    let article: ArticleView

    init(_ basics: PageBasics, page: PageMeta, article: ArticleView) {
        self.article = article
        super.init(basics, page: page)
    }

    override func child(named name: String) -> TemplateValue? {
        name == "article" ? .object(article) : super.child(named: name)
    }
}

/// A standalone page ("Over de beweging").
final class StandaloneContext: PageContext, @unchecked Sendable {
    let document: PageView

    init(_ basics: PageBasics, page: PageMeta, document: PageView) {
        self.document = document
        super.init(basics, page: page)
    }

    override func child(named name: String) -> TemplateValue? {
        name == "document" ? .object(document) : super.child(named: name)
    }
}

/// The themes index or the keywords index.
final class TermIndexContext: PageContext, @unchecked Sendable {
    let terms: [TermView]

    init(_ basics: PageBasics, page: PageMeta, terms: [TermView]) {
        self.terms = terms
        super.init(basics, page: page)
    }

    override func child(named name: String) -> TemplateValue? {
        name == "terms" ? .objects(terms) : super.child(named: name)
    }
}

/// One theme's or keyword's page.
final class TermContext: PageContext, @unchecked Sendable {
    let term: TermView
    let articles: [ArticleItem]
    let pagination: Pagination

    init(_ basics: PageBasics, page: PageMeta, term: TermView, articles: [ArticleItem], pagination: Pagination) {
        self.term = term
        self.articles = articles
        self.pagination = pagination
        super.init(basics, page: page)
    }

    override func child(named name: String) -> TemplateValue? {
        switch name {
        case "term": .object(term)
        case "articles": .objects(articles)
        case "hasArticles": .flag(!articles.isEmpty)
        case "pagination": .object(pagination)
        default: super.child(named: name)
        }
    }
}
