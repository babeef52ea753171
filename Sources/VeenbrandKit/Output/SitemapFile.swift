extension SitePath {
    static let sitemap = SitePath.file("sitemap.xml")
}

/// `sitemap.xml` (the sitemaps.org protocol): every route the route table lists for it.
struct SitemapFile: Producer {
    let name = "the sitemap"
    let kind = OutputKind.other
    let reservedNames = ["sitemap.xml"]

    func routes(_ site: SiteModel) -> [Route] { [Route(.sitemap, self)] }

    /// Every listed address with its date.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        var fingerprint = context.fingerprint("sitemap")
        for listed in context.routes.routes {
            guard let listing = listed.sitemap else { continue }
            fingerprint.add(listed.path.url)
            fingerprint.add(listing.lastModified?.description)
        }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for listed in context.routes.routes {
            guard let listing = listed.sitemap else { continue }
            out += "<url><loc>\(Escaping.xml(context.absolute(listed.path)))</loc>"
            if let date = listing.lastModified { out += "<lastmod>\(date.iso8601)</lastmod>" }
            out += "</url>\n"
        }
        return .text(out + "</urlset>\n")
    }
}
