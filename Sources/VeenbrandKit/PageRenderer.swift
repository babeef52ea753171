/// Renders the assembled site through the theme's templates, plus feeds and sitemap.
public struct PageRenderer: Sendable {
    /// Articles per home page.
    static let homePageSize = 10
    /// Articles per theme or keyword page, so that no page grows without bound.
    static let termPageSize = 20

    let model: SiteModel
    let templates: TemplateSet
    /// Renders each article's body as its page or a feed is written.
    let bodies: ArticleBodies
    /// Each article as lists show it, made once (its card rendered when first shown): an article
    /// appears in many lists.
    private let items: ArticleItems
    /// The UI strings and the site's settings, as every template sees them.
    private let labels: Labels
    private let site: SiteView
    private let itemFingerprints: [Fingerprint]
    /// Keyword slug → the name its page uses.
    private let keywordNames: [String: String]
    /// Of everything besides the articles that pages show (templates, strings, settings); every
    /// page's fingerprint starts from it.
    private let settings: Fingerprint

    public init(model: SiteModel, templates: TemplateSet, bodies: ArticleBodies, settings: Fingerprint = Fingerprint()) {
        self.model = model
        self.templates = templates
        self.bodies = bodies
        self.settings = settings
        let labels = Labels(model.strings.labels)
        self.labels = labels
        let site = Self.siteView(model.config)
        self.site = site
        items = ArticleItems(model: model, cards: CardMaker(templates: templates, site: site, t: labels))
        itemFingerprints = model.articles.map { entry in Self.itemFingerprint(entry, publication: model.publication) }
        keywordNames = Dictionary(model.keywords.map { ($0.slug.value, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The site's files, each rendered when the writer asks for its contents.
    public func render(copied: [CopiedFile]) -> RenderedSite {
        var pages: [OutputFile] = []
        pages += homePages()
        pages += model.articles.indices.concurrentMap { index in
            OutputFile(model.articles[index].article.sitePath, fingerprint: articleFingerprint(index)) { () throws(BuildError) in
                try articlePage(index)
            }
        }
        pages.append(termIndex(.themes, terms: model.themes, title: t["themes"], feeds: true))
        pages += model.themes.flatMap { termPages($0, feed: .themeFeed($0.slug)) }
        pages.append(termIndex(.keywords, terms: model.keywords, title: t["keywords"], feeds: false))
        pages += model.keywords.flatMap { termPages($0, feed: nil) }
        pages.append(notFoundPage())

        var feeds = [OutputFile(.feed, fingerprint: feedFingerprint(.feed, articles: model.articles.indices)) { () throws(BuildError) in
            try feed(title: model.config.title, description: model.config.description,
                 page: .root, path: .feed, articles: model.articles.indices)
        }]
        feeds += model.themes.map { theme in
            OutputFile(.themeFeed(theme.slug), fingerprint: feedFingerprint(.themeFeed(theme.slug), articles: theme.articles)) { () throws(BuildError) in
                try feed(title: "\(model.config.title): \(theme.name)", description: theme.description, page: theme.sitePath,
                     path: .themeFeed(theme.slug), articles: theme.articles)
            }
        }
        let extras = [OutputFile(.sitemap, fingerprint: sitemapFingerprint()) { sitemap() },
                      OutputFile(.robots, Sitemap.robots(sitemapURL: absolute(.sitemap)))]
        return RenderedSite(files: pages + feeds + extras, copied: copied, articleCount: model.articles.count,
                            pageCount: pages.count, feedCount: feeds.count)
    }

    // MARK: Pages

    private func homePages() -> [OutputFile] {
        paginate(model.articles.indices, size: Self.homePageSize, at: .root, fingerprint: fingerprint("home")) { number, indices, pagination in
            let path = SitePath.homePage(number)
            let title = number == 1 ? model.config.title : "\(t["news"]) – \(t["page"]) \(number)"
            let context = HomeContext(site: site, t: labels,
                                      page: meta(title, path: path, section: "nieuws"), isFirstPage: number == 1,
                                      articles: indices.map { items[$0] }, pagination: pagination)
            return templates.render("home", context)
        }
    }

    /// One page per `size` items (at least one page, even when empty), linked by `Pagination`.
    private func paginate(_ items: some Collection<Int>, size: Int, at base: SitePath, fingerprint: Fingerprint,
                          render: @escaping @Sendable (Int, ArraySlice<Int>, Pagination) -> String) -> [OutputFile] {
        let all = Array(items)
        let total = max(1, (all.count + size - 1) / size)
        return (1...total).map { number in
            let pagination = Pagination(
                current: number, total: total,
                previousURL: number > 1 ? base.page(number - 1).url : nil,
                nextURL: number < total ? base.page(number + 1).url : nil,
                isPaginated: total > 1)
            let chunk = all[min(all.count, (number - 1) * size)..<min(all.count, number * size)]
            var pageFingerprint = fingerprint
            pageFingerprint.add(number)
            pageFingerprint.add(total)
            pageFingerprint.add(chunk.count)
            for index in chunk { pageFingerprint.add(itemFingerprints[index]) }
            return OutputFile(base.page(number), fingerprint: pageFingerprint) { render(number, chunk, pagination) }
        }
    }

    private func articlePage(_ index: Int) throws(BuildError) -> String {
        let rendered = model.articles[index]
        let article = rendered.article
        let body = try bodies.render(rendered)
        let themes = article.themes.map { TermLink(name: $0.name, url: SitePath.theme($0.slug).url) }
        let keywords = article.keywords.map { keyword in
            TermLink(name: keywordNames[keyword.slug.value] ?? keyword.name,
                     url: SitePath.keyword(keyword.slug).url)
        }
        let view = ArticleView(
            title: article.title, url: article.sitePath.url, date: longDate(article.date), isoDate: article.date.description,
            updatedDate: article.updated.map(longDate), updatedISODate: article.updated?.description,
            author: article.author, image: article.image, summary: rendered.summary, html: body.html,
            themes: themes, keywords: keywords, hasThemes: !themes.isEmpty, hasKeywords: !keywords.isEmpty,
            hasTerms: !themes.isEmpty || !keywords.isEmpty,
            related: model.related[index].map { items[$0] }, hasRelated: !model.related[index].isEmpty,
            isDraft: article.draft, isScheduled: model.publication.isScheduled(article))
        let page = meta(article.title, path: article.sitePath, section: "nieuws", description: rendered.summary,
                        ogType: "article", image: article.image)
        return templates.render("article", ArticleContext(site: site, t: labels, page: page, article: view))
    }

    private func termIndex(_ path: SitePath, terms: [TermPage], title: String, feeds: Bool) -> OutputFile {
        let section = path == .themes ? "themas" : "trefwoorden"
        let context = TermIndexContext(site: site, t: labels, page: meta(title, path: path, section: section),
                                       terms: terms.map { termView($0, feed: feeds ? .themeFeed($0.slug) : nil) })
        var fingerprint = fingerprint(path.url)
        for term in terms {
            for text in [term.name, term.slug.value, term.description] { fingerprint.add(text) }
            fingerprint.add(term.articles.count)
        }
        return OutputFile(path, fingerprint: fingerprint) { templates.render(path == .themes ? "themes" : "keywords", context) }
    }

    private func termPages(_ term: TermPage, feed: SitePath?) -> [OutputFile] {
        let isTheme = feed != nil
        let feeds = feed.map { [FeedLink(title: "\(model.config.title): \(term.name)", url: $0.url)] } ?? []
        var fingerprint = fingerprint(term.sitePath.url)
        for text in [term.name, term.description, feed?.url] { fingerprint.add(text) }
        fingerprint.add(term.articles.count)
        return paginate(term.articles, size: Self.termPageSize, at: term.sitePath, fingerprint: fingerprint) { number, indices, pagination in
            let title = number == 1 ? term.name : "\(term.name) – \(t["page"]) \(number)"
            let page = meta(title, path: term.sitePath.page(number), section: isTheme ? "themas" : "trefwoorden",
                            description: term.description.isEmpty ? nil : term.description, extraFeeds: feeds)
            let context = TermContext(site: site, t: labels, page: page, term: termView(term, feed: feed),
                                      articles: indices.map { items[$0] }, pagination: pagination)
            return templates.render(isTheme ? "theme" : "keyword", context)
        }
    }

    private func notFoundPage() -> OutputFile {
        let page = meta(t["notFoundTitle"], path: .notFound, section: nil, noindex: true)
        return OutputFile(.notFound, fingerprint: fingerprint("404")) { templates.render("404", NotFoundContext(site: site, t: labels, page: page)) }
    }

    // MARK: Feeds and sitemap

    private func feed(title: String, description: String, page: SitePath, path: SitePath,
                      articles: some Collection<Int>) throws(BuildError) -> String {
        var items: [(entry: ArticleEntry, html: String)] = []
        for index in articles.prefix(model.config.feedItems) {
            let entry = model.articles[index]
            items.append((entry, try bodies.render(entry, feedHTML: true).feedHTML ?? ""))
        }
        return RSSFeed(title: title, description: description, language: model.config.language,
                       link: absolute(page), selfURL: absolute(path), items: items, baseURL: model.config.baseURL).xml()
    }

    private func sitemap() -> String {
        let newest = model.articles.first.map { $0.article.updated ?? $0.article.date }
        var entries = (1...pageCount(model.articles.count, size: Self.homePageSize)).map {
            Sitemap.Entry(url: absolute(.homePage($0)), lastModified: $0 == 1 ? newest : nil)
        }
        entries += model.articles.map { Sitemap.Entry(url: absolute($0.article.sitePath), lastModified: $0.article.updated ?? $0.article.date) }
        entries.append(Sitemap.Entry(url: absolute(.themes), lastModified: nil))
        entries += model.themes.flatMap(termEntries)
        entries.append(Sitemap.Entry(url: absolute(.keywords), lastModified: nil))
        entries += model.keywords.flatMap(termEntries)
        return Sitemap(entries: entries).xml()
    }

    private func termEntries(_ term: TermPage) -> [Sitemap.Entry] {
        (1...pageCount(term.articles.count, size: Self.termPageSize)).map {
            Sitemap.Entry(url: absolute(term.sitePath.page($0)), lastModified: $0 == 1 ? newestDate(term) : nil)
        }
    }

    private func pageCount(_ items: Int, size: Int) -> Int { max(1, (items + size - 1) / size) }

    private func newestDate(_ term: TermPage) -> ArticleDate? {
        term.articles.map { model.articles[$0].article.updated ?? model.articles[$0].article.date }.max()
    }

    // MARK: Fingerprints (everything a page is made from, so a rebuild renders only what changed)

    private func fingerprint(_ kind: String) -> Fingerprint {
        var fingerprint = settings
        fingerprint.add(kind)
        return fingerprint
    }

    private func articleFingerprint(_ index: Int) -> Fingerprint {
        let rendered = model.articles[index]
        var fingerprint = fingerprint("article")
        fingerprint.add(rendered.fingerprint)
        fingerprint.add(model.publication.isScheduled(rendered.article))
        for keyword in rendered.article.keywords { fingerprint.add(keywordNames[keyword.slug.value]) }
        fingerprint.add(model.related[index].count)
        for other in model.related[index] { fingerprint.add(itemFingerprints[other]) }
        return fingerprint
    }

    private func feedFingerprint(_ path: SitePath, articles: some Collection<Int>) -> Fingerprint {
        var fingerprint = fingerprint(path.url)
        let shown = articles.prefix(model.config.feedItems)
        fingerprint.add(shown.count)
        for index in shown { fingerprint.add(model.articles[index].fingerprint) }
        return fingerprint
    }

    /// The sitemap lists every page with the date of its newest article.
    private func sitemapFingerprint() -> Fingerprint {
        var fingerprint = fingerprint("sitemap")
        fingerprint.add(model.articles.count)
        for rendered in model.articles {
            fingerprint.add(rendered.article.slug.value)
            fingerprint.add((rendered.article.updated ?? rendered.article.date).description)
        }
        for term in model.themes + model.keywords {
            fingerprint.add(term.slug.value)
            fingerprint.add(term.articles.count)
            for index in term.articles { fingerprint.add(index) }
        }
        return fingerprint
    }

    /// An item shows its article's fields (covered by the entry's fingerprint), the theme
    /// names and month names (in the settings every page's fingerprint starts from), and
    /// whether the article is scheduled.
    private static func itemFingerprint(_ entry: ArticleEntry, publication: Publication) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.add(entry.fingerprint)
        fingerprint.add(publication.isScheduled(entry.article))
        return fingerprint
    }

    // MARK: Views

    private var t: Strings { model.strings }

    private static func siteView(_ config: SiteConfig) -> SiteView {
        let phoneDigits = config.contactPhone.map { $0.filter { $0.isNumber || $0 == "+" } }
        return SiteView(title: config.title, description: config.description, language: config.language,
                        baseURL: config.baseURL, contactEmail: config.contactEmail, contactPhone: config.contactPhone,
                        contactPhoneHref: phoneDigits.map { "tel:" + $0 }, newsletter: config.newsletter,
                        feedURL: SitePath.feed.url)
    }

    private func meta(_ title: String, path: SitePath, section: String?, description: String? = nil,
                      ogType: String = "website", image: String? = nil, extraFeeds: [FeedLink] = [],
                      noindex: Bool = false) -> PageMeta {
        let documentTitle = title == model.config.title ? title : "\(title) | \(model.config.title)"
        let ogImage = image.map { LinkResolver(baseURL: model.config.baseURL).absolute($0, from: absolute(path)) }
        return PageMeta(title: title, documentTitle: documentTitle, description: description ?? model.config.description,
                        canonical: absolute(path), ogType: ogType, ogImage: ogImage,
                        feeds: [FeedLink(title: model.config.title, url: SitePath.feed.url)] + extraFeeds,
                        inNieuws: section == "nieuws", inThemas: section == "themas",
                        inTrefwoorden: section == "trefwoorden", noindex: noindex)
    }

    private func termView(_ term: TermPage, feed: SitePath?) -> TermView {
        TermView(name: term.name, url: term.sitePath.url, description: term.description,
                 count: term.articles.count, isSingle: term.articles.count == 1, feedURL: feed?.url)
    }

    private func longDate(_ date: ArticleDate) -> String { date.longDate(monthNames: t.monthNames) }

    private func absolute(_ path: SitePath) -> String { path.absolute(in: model.config.baseURL) }
}
