/// An RSS 2.0 feed with full content, as feed readers expect it, and each item's picture as
/// RSS-to-e-mail services pick it up (`<enclosure>`, Media RSS). What an item shows of its
/// document follows its kind's fields (`Field.inFeeds`).
struct RSSFeed {
    /// A document in a feed: its address, its body rendered for feeds (and escaped for XML),
    /// its keywords' names, and its picture with its length in bytes.
    struct Item {
        let document: Document
        /// Its absolute URL.
        let link: String
        let escapedHTML: String
        let keywords: [String]
        let picture: (SharedPicture, length: Int)?

        /// The date the item is published on (`<pubDate>`).
        var published: ContentDate? {
            document.kind.fields.first { $0.inFeeds == .published }.flatMap(document.date)
        }
    }

    let title: String
    let description: String
    let language: String
    /// Absolute URL of the page the feed belongs to.
    let link: String
    /// Absolute URL of the feed itself (`atom:link rel="self"`).
    let selfURL: String
    /// The channel's image (the site's icon), if it has one.
    let image: SharedPicture?
    let items: [Item]

    func xml() -> String {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
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
        if let newest = items.compactMap({ $0.document.updated ?? $0.published }).max() {
            out += "<lastBuildDate>\(newest.rfc822)</lastBuildDate>\n"
        }
        for item in items { out += self.item(item) }
        out += "</channel>\n</rss>\n"
        return out
    }

    private func item(_ item: Item) -> String {
        let document = item.document
        let permalink = Escaping.xml(item.link)
        var out = "<item>\n"
        for element in [Field.FeedElement.title, .published, .creator, .categories, .description] {
            for field in document.kind.fields where field.inFeeds == element {
                out += self.element(element, of: field, item, permalink: permalink)
            }
        }
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

    /// The element `field` fills, in the order RSS readers expect them.
    private func element(_ element: Field.FeedElement, of field: Field, _ item: Item, permalink: String) -> String {
        let document = item.document
        switch element {
        case .title:
            return "<title>\(Escaping.xml(document.title))</title>\n<link>\(permalink)</link>\n"
                + "<guid isPermaLink=\"true\">\(permalink)</guid>\n"
        case .published: return document.date(field).map { "<pubDate>\($0.rfc822)</pubDate>\n" } ?? ""
        case .creator: return document.text(field).map { "<dc:creator>\(Escaping.xml($0))</dc:creator>\n" } ?? ""
        case .categories:
            let names = field.type == .topics ? document.topics.map(\.name) : item.keywords
            return names.map { "<category>\(Escaping.xml($0))</category>\n" }.joined()
        case .description: return "<description>\(Escaping.xml(document.summary))</description>\n"
        }
    }
}
