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
        TermLists.index(
            context.site.keywords, at: .keywords, title: context.strings["keywords"], template: "keywords",
            section: "trefwoorden", termPath: SitePath.keyword, feed: nil, context)
    }
}
