extension SitePath {
    static let keywords = SitePath.folder("trefwoorden")
}

/// The keywords index: every keyword with its count.
final class KeywordIndex: Producer {
    let name = "the keywords index"
    let kind = OutputKind.page
    let templates = ["keywords"]
    let reservedNames = ["trefwoorden"]

    func routes(_ site: SiteModel) -> [Route] {
        [Route(.keywords, self, sitemap: SitemapListing(lastModified: nil))]
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        TermLists.indexFingerprint(context.site.keywords, at: .keywords, context)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let terms = context.site.keywords.map { context.termView($0, at: .keyword($0.slug), feed: nil) }
        let page = context.meta(context.strings["keywords"], path: .keywords, section: "trefwoorden")
        return context.render("keywords", KeywordIndexContext(context.basics, page: page, terms: terms))
    }
}
