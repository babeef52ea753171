/// An RSS 2.0 feed with full content, as feed readers expect it.
struct RSSFeed {
    let title: String
    let description: String
    let language: String
    /// Absolute URL of the page the feed belongs to.
    let link: String
    /// Absolute URL of the feed itself (`atom:link rel="self"`).
    let selfURL: String
    /// The articles with their bodies rendered for feeds.
    let items: [(entry: ArticleEntry, html: String)]
    let base: SiteBase

    func xml() -> String {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \
            xmlns:content="http://purl.org/rss/1.0/modules/content/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>\(Escaping.xml(title))</title>
            <link>\(Escaping.xml(link))</link>
            <description>\(Escaping.xml(description))</description>
            <language>\(Escaping.xml(language))</language>
            <atom:link href="\(Escaping.xml(selfURL))" rel="self" type="application/rss+xml"/>

            """
        if let newest = items.map({ $0.entry.article.updated ?? $0.entry.article.date }).max() {
            out += "<lastBuildDate>\(newest.rfc822)</lastBuildDate>\n"
        }
        for item in items {
            let article = item.entry.article
            let permalink = Escaping.xml(base.absolute(article.sitePath))
            out += "<item>\n"
            out += "<title>\(Escaping.xml(article.title))</title>\n"
            out += "<link>\(permalink)</link>\n"
            out += "<guid isPermaLink=\"true\">\(permalink)</guid>\n"
            out += "<pubDate>\(article.date.rfc822)</pubDate>\n"
            if let author = article.author { out += "<dc:creator>\(Escaping.xml(author))</dc:creator>\n" }
            for theme in article.themes { out += "<category>\(Escaping.xml(theme.name))</category>\n" }
            out += "<description>\(Escaping.xml(item.entry.summary))</description>\n"
            out += "<content:encoded>\(Escaping.xml(item.html))</content:encoded>\n"
            out += "</item>\n"
        }
        out += "</channel>\n</rss>\n"
        return out
    }
}
