extension SiteAddresses {
    /// The keywords index: `/trefwoorden/`.
    var keywords: SitePath { folder(.keywords) }
    func keyword(_ slug: Slug) -> SitePath { .folder(words[.keywords], slug.value) }
    func keywordFeed(_ slug: Slug) -> SitePath { .file(words[.keywords], slug.value, SitePath.feedFileName) }
}

/// Each keyword's page: its articles, twenty per page, and its events.
final class KeywordPages: Producer {
    let name = "a keyword page"
    let kind = OutputKind.page
    let templates = [TemplateUse("keyword", TermLists.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        TermLists.routes(site.keywords, at: addresses.keyword, site: site, addresses, producer: self)
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let keyword = context.site.keywords.owned(by: route)
        return TermLists.page(
            keyword, at: context.addresses.keyword(keyword.slug), feed: context.addresses.keywordFeed(keyword.slug),
            route: route, template: "keyword", section: .keywords, context)
    }

    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? {
        TermLists.absence(at: path, under: addresses.keywords, terms: site.keywords, what: "the keyword") {
            "no article or event has the keyword '\($0)'"
        }
    }
}
