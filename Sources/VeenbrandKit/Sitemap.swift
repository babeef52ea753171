/// `sitemap.xml` (sitemaps.org protocol) and the `robots.txt` that points to it.
struct Sitemap {
    struct Entry {
        let url: String
        let lastModified: ArticleDate?
    }

    let entries: [Entry]

    func xml() -> String {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries {
            out += "<url><loc>\(XMLText.escape(entry.url))</loc>"
            if let date = entry.lastModified { out += "<lastmod>\(date.iso8601)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    static func robots(sitemapURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n"
    }
}
