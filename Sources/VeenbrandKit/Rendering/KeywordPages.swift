extension SitePath {
    static func keyword(_ slug: Slug) -> SitePath { .folder("trefwoorden", slug.value) }
}

/// Each keyword's page: its articles, twenty per page.
final class KeywordPages: Producer {
    let name = "a keyword page"
    let kind = OutputKind.page
    let templates = ["keyword"]

    func routes(_ site: SiteModel) -> [Route] {
        TermLists.routes(site.keywords, at: SitePath.keyword, site: site, producer: self)
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let keyword = context.site.keywords[route.item]
        return TermLists.fingerprint(
            keyword, at: .keyword(keyword.slug), feed: .keywordFeed(keyword.slug), route: route, context)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let keyword = context.site.keywords[route.item]
        return TermLists.page(
            keyword, at: .keyword(keyword.slug), feed: .keywordFeed(keyword.slug), route: route, template: "keyword",
            section: "trefwoorden", context)
    }
}
