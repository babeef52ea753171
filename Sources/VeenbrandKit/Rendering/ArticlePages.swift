extension SitePath {
    static func article(_ slug: Slug) -> SitePath { .folder("nieuws", slug.value) }
}

/// Each published article's own page: its body, terms and related articles.
final class ArticlePages: Producer {
    let name = "an article page"
    let kind = OutputKind.page
    let templates = ["article"]
    let reservedNames = ["nieuws"]

    func routes(_ site: SiteModel) -> [Route] {
        site.articles.enumerated().map { index, entry in
            let article = entry.article
            return Route(
                article.sitePath, self, item: index,
                sitemap: SitemapListing(lastModified: article.updated ?? article.date),
                claim: article.claim)
        }
    }

    /// The article itself, whether it is scheduled, its keywords' page names and the items of
    /// its related articles.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let entry = context.site.articles[route.item]
        var fingerprint = context.fingerprint("article")
        fingerprint.add(entry.fingerprint)
        fingerprint.add(context.site.publication.isScheduled(entry.article))
        for keyword in entry.article.keywords { fingerprint.add(context.keywordNames[keyword.slug]) }
        let related = context.site.related[route.item]
        fingerprint.add(related.count)
        for other in related { fingerprint.add(context.itemFingerprints[other]) }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let entry = context.site.articles[route.item]
        let article = entry.article
        let body = try context.bodies.render(entry.body, page: article.sitePath)
        let themes = article.themes.map { TermLink(name: $0.name, url: context.href(.topic($0.slug))) }
        let keywords = article.keywords.map { keyword in
            TermLink(
                name: context.keywordNames[keyword.slug] ?? keyword.name, url: context.href(.keyword(keyword.slug)))
        }
        let image = context.imageView(of: article.sitePath, alt: article.imageAlt)
        let view = ArticleView(
            title: article.title, url: context.href(article.sitePath), date: context.longDate(article.date),
            isoDate: article.date.description, updatedDate: article.updated.map(context.longDate),
            updatedISODate: article.updated?.description, author: article.author, image: image, summary: entry.summary,
            html: body.html, themes: themes, keywords: keywords,
            related: context.site.related[route.item].map { context.items[$0] }, isDraft: article.draft,
            isScheduled: context.site.publication.isScheduled(article))
        let facts = ArticleMeta(
            published: article.date.description, modified: (article.updated ?? article.date).description,
            section: article.themes.first?.name, tags: keywords.map(\.name))
        let page = context.meta(
            article.title, path: article.sitePath, section: "nieuws", description: entry.summary,
            ogType: "article", article: facts, structuredData: StructuredData.article(entry, context))
        return context.render("article", ArticleContext(context.basics, page: page, article: view))
    }
}
