/// An RSS 2.0 feed with full content, as feed readers expect it, and each item's picture as
/// RSS-to-e-mail services pick it up (`<enclosure>`, Media RSS).
struct RSSFeed {
    /// An article in a feed: its body rendered for feeds (and escaped for XML), its keywords'
    /// names, and its picture with its length in bytes.
    struct Item {
        let entry: ArticleEntry
        let escapedHTML: String
        let keywords: [String]
        let picture: (SharedPicture, length: Int)?
    }

    let title: String
    let description: String
    let language: String
    /// Absolute URL of the page the feed belongs to.
    let link: String
    /// Absolute URL of the feed itself (`atom:link rel="self"`).
    let selfURL: String
    /// The XSL stylesheet a browser shows the feed with, as a readable page.
    let stylesheet: String
    /// The channel's image (the site's icon), if it has one.
    let image: SharedPicture?
    let items: [Item]
    let base: SiteBase

    func xml() -> String {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <?xml-stylesheet type="text/xsl" href="\(Escaping.xml(stylesheet))"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \
            xmlns:content="http://purl.org/rss/1.0/modules/content/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
            <channel>
            <title>\(Escaping.xml(title))</title>
            <link>\(Escaping.xml(link))</link>
            <description>\(Escaping.xml(description))</description>
            <language>\(Escaping.xml(language))</language>
            <atom:link href="\(Escaping.xml(selfURL))" rel="self" type="application/rss+xml"/>

            """
        if let image {
            out += """
                <image><url>\(Escaping.xml(image.url))</url><title>\(Escaping.xml(title))</title>\
                <link>\(Escaping.xml(link))</link><width>\(image.width)</width><height>\(image.height)</height></image>

                """
        }
        if let newest = items.map({ $0.entry.article.updated ?? $0.entry.article.date }).max() {
            out += "<lastBuildDate>\(newest.rfc822)</lastBuildDate>\n"
        }
        for item in items { out += self.item(item) }
        out += "</channel>\n</rss>\n"
        return out
    }

    private func item(_ item: Item) -> String {
        let article = item.entry.article
        let permalink = Escaping.xml(base.absolute(article.sitePath))
        var out = "<item>\n"
        out += "<title>\(Escaping.xml(article.title))</title>\n"
        out += "<link>\(permalink)</link>\n"
        out += "<guid isPermaLink=\"true\">\(permalink)</guid>\n"
        out += "<pubDate>\(article.date.rfc822)</pubDate>\n"
        if let author = article.author { out += "<dc:creator>\(Escaping.xml(author))</dc:creator>\n" }
        for name in article.themes.map(\.name) + item.keywords { out += "<category>\(Escaping.xml(name))</category>\n" }
        out += "<description>\(Escaping.xml(item.entry.summary))</description>\n"
        out += "<content:encoded>\(item.escapedHTML)</content:encoded>\n"
        if let (picture, length) = item.picture {
            let url = Escaping.xml(picture.url)
            let type = Escaping.xml(picture.type)
            out += "<enclosure url=\"\(url)\" length=\"\(length)\" type=\"\(type)\"/>\n"
            out += """
                <media:content url="\(url)" medium="image" type="\(type)" width="\(picture.width)" \
                height="\(picture.height)" fileSize="\(length)">\
                <media:description type="plain">\(Escaping.xml(picture.alt))</media:description></media:content>

                """
        }
        out += "</item>\n"
        return out
    }
}
