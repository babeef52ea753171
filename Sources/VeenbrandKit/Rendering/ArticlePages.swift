/// Each published article's own page: its body, terms and related articles.
final class ArticlePages: Producer {
    let name = "an article page"
    let kind = OutputKind.page
    /// The article as its page shows it: its fields, `url`, `isScheduled` (dated after the
    /// build's "now", shown because future articles were asked for: "Gepland"), `html` (its
    /// text: `{{{article.html}}}`), its `related` articles, whether it has terms or more,
    /// `hasLead` (the editor wrote a summary: the header shows it as the lead; a summary taken
    /// from the first paragraph would say it twice) and `isLongTitle` (over `longTitle`
    /// characters: the theme sets it smaller).
    static let article = DocumentValues.shape(
        .articles, "the article",
        [
            .text("url"), .flag("isScheduled"), .text("html"), .list("related", ItemValues.article),
            .flag("hasRelated"), .flag("hasTerms"), .flag("hasMore"), .flag("hasLead"), .flag("isLongTitle"),
        ])
    /// Characters from which a title is long.
    static let longTitle = 70
    static let shape = PageValues.root("the article page", [.object("article", article)])
    let templates = [TemplateUse("article", ArticlePages.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.articles.enumerated().map { index, article in
            Route(
                addresses.document(article), self, item: index,
                sitemap: SitemapListing(lastModified: article.updated ?? article.due), claim: Claim(article))
        }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let article = context.site.articles.owned(by: route)
        let path = context.addresses.document(article)
        let body = try context.bodies.render(article.body, page: path)
        let related = context.site.related(ofArticleAt: route.item).map(context.articleItem)
        let hasTerms = !article.topics.isEmpty || !article.keywords.isEmpty
        let view = DocumentValues.record(
            article, Self.article, context,
            [
                "url": .text(context.href(path)), "isScheduled": .flag(Self.isScheduled(article, context)),
                "html": .text(body.html), "related": .list(related), "hasRelated": .flag(!related.isEmpty),
                "hasTerms": .flag(hasTerms), "hasMore": .flag(hasTerms || !related.isEmpty),
                "hasLead": .flag(!(article.text(.summary) ?? "").isEmpty),
                "isLongTitle": .flag(article.title.count > Self.longTitle),
            ])
        var page = context.meta(article.title, path: path, section: .articles, description: article.summary)
        page.ogType = "article"
        page.article = TemplateShape.articleFacts.record([
            "published": .optional(article.due?.description),
            "modified": .optional((article.updated ?? article.due)?.description),
            "section": .optional(article.topics.first?.name),
            "tags": .texts(article.keywords.map { context.keywordName($0) }),
        ])
        page.structuredData = StructuredData.article(article, context)
        return context.render("article", context.page(Self.shape, page, ["article": view]))
    }

    /// An article as lists show it, with its card.
    static func item(_ article: Document, _ context: RenderContext) -> TemplateValue {
        let fields = DocumentValues.values(of: article, context)
        let url = TemplateValue.text(context.href(context.addresses.document(article)))
        let isScheduled = TemplateValue.flag(isScheduled(article, context))
        let card = context.templates.render(
            ItemValues.cardUse.name,
            .object(
                TemplateRecord(
                    ItemValues.card, after: context.basics + fields, ["url": url, "isScheduled": isScheduled])))
        return .object(
            TemplateRecord(
                ItemValues.article, after: fields, ["url": url, "isScheduled": isScheduled, "card": .text(card)]))
    }

    /// Whether the article is dated after the build's "now" (shown because future articles were asked for).
    static func isScheduled(_ article: Document, _ context: RenderContext) -> Bool {
        context.site.isScheduled(article)
    }

    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? {
        guard let page = SitePath(checking: path), page.isFolder, page.parent == addresses.folder(.articles) else {
            return nil
        }
        let slug = String(page.lastSegment)
        let slugs = site.articles.map(\.slug.value)
        let hint =
            Suggestion.closest(to: slug, in: slugs).map {
                "; did you mean '\(addresses.document(.articles, Slug(made: $0)!))'?"
            } ?? ""
        return "there is no article with slug '\(slug)'\(hint)"
    }
}
