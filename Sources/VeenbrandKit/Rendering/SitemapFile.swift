extension SitePath {
    static let sitemap = SitePath.file("sitemap.xml")
    /// Part `n` of a sitemap too large for one file.
    static func sitemapPart(_ number: Int) -> SitePath { .file("sitemap-\(number).xml") }
}

/// `sitemap.xml` (the sitemaps.org protocol): every route the route table lists for it. A file
/// may list at most 50,000 addresses; a larger site gets `sitemap.xml` as a sitemap index and
/// its addresses in `sitemap-1.xml`, `sitemap-2.xml`, ….
final class SitemapFile: Producer {
    let name = "the sitemap"
    let kind = OutputKind.other
    let reservedNames = ["sitemap.xml"]
    /// The most addresses one file may list (the protocol's limit).
    let maxURLs: Int

    init(maxURLs: Int = 50_000) { self.maxURLs = maxURLs }

    /// Item 0 is `sitemap.xml`; item `n` is part `n`, when there are parts.
    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        let parts = partCount(earlier.count { $0.sitemap != nil })
        return [Route(.sitemap, self)] + (parts > 1 ? (1...parts).map { Route(.sitemapPart($0), self, item: $0) } : [])
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let listed = listedRoutes(context)
        let parts = partCount(listed.count)
        if route.item == 0 && parts > 1 {
            var out =
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for part in 1...parts {
                out += "<sitemap><loc>\(Escaping.xml(context.absolute(.sitemapPart(part))))</loc></sitemap>\n"
            }
            return .text(out + "</sitemapindex>\n")
        }
        var out =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for listed in slice(listed, part: route.item) {
            out += "<url><loc>\(Escaping.xml(context.absolute(listed.path)))</loc>"
            if let date = listed.sitemap?.lastModified { out += "<lastmod>\(date.iso8601)</lastmod>" }
            out += "</url>\n"
        }
        return .text(out + "</urlset>\n")
    }

    private func partCount(_ listed: Int) -> Int { max(1, (listed + maxURLs - 1) / maxURLs) }

    private func listedRoutes(_ context: RenderContext) -> [Route] { context.listedRoutes }

    /// The routes part `part` lists: all of them for a sitemap in one file (part 0).
    private func slice(_ listed: [Route], part: Int) -> ArraySlice<Route> {
        part == 0 ? listed[...] : listed[min(listed.count, (part - 1) * maxURLs)..<min(listed.count, part * maxURLs)]
    }
}
