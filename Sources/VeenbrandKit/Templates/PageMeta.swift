/// What every page says about itself: titles, canonical URL, feeds, navigation state.
final class PageMeta: Sendable, TemplateParent {
    /// The page's own title (`<h1>`).
    let title: String
    /// `<title>`: the page title and the site's title.
    let documentTitle: String
    let description: String
    /// Absolute URL of this page.
    let canonical: String
    /// `website` or `article`, for OpenGraph.
    let ogType: String
    /// The picture a shared link of the page shows (`og:image`), if any.
    let image: PictureView?
    /// For an article: its dates, section and tags (`article:*`).
    let article: ArticleMeta?
    /// JSON-LD for search engines (schema.org), to go in a `<script>` as it is.
    let structuredData: String?
    let feeds: [FeedLink]
    /// Which menu item is the current section: `nieuws`, `themas`, `trefwoorden` or none.
    let inNieuws: Bool
    let inThemas: Bool
    let inTrefwoorden: Bool
    /// Which menu item is this very page (`aria-current="page"`), not only its section.
    let isHome: Bool
    let isThemes: Bool
    let isKeywords: Bool
    let inArchief: Bool
    let isArchive: Bool
    let isSearch: Bool
    /// The standalone pages in the main menu, in order, the one shown marked current.
    let menu: [MenuLink]
    /// Whether search engines should skip the page (the 404 page).
    let noindex: Bool

    init(
        title: String, documentTitle: String, description: String, canonical: String, ogType: String,
        image: PictureView?, article: ArticleMeta?, structuredData: String?, feeds: [FeedLink], section: String?,
        path: SitePath, menu: [MenuLink], noindex: Bool
    ) {
        self.title = title
        self.documentTitle = documentTitle
        self.description = description
        self.canonical = canonical
        self.ogType = ogType
        self.image = image
        self.article = article
        self.structuredData = structuredData
        self.feeds = feeds
        inNieuws = section == "nieuws"
        inThemas = section == "themas"
        inTrefwoorden = section == "trefwoorden"
        isHome = path == .root
        isThemes = path == .topics
        isKeywords = path == .keywords
        inArchief = section == "archief"
        isArchive = path == .archive
        isSearch = path == .search
        self.menu = menu
        self.noindex = noindex
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "documentTitle": .text(documentTitle)
        case "description": .text(description)
        case "canonical": .text(canonical)
        case "ogType": .text(ogType)
        case "image": image.map { .object($0) }
        case "article": article.map { .object($0) }
        case "structuredData": structuredData.map(TemplateValue.text)
        case "feeds": .objects(feeds)
        case "inNieuws": .flag(inNieuws)
        case "inThemas": .flag(inThemas)
        case "inTrefwoorden": .flag(inTrefwoorden)
        case "isHome": .flag(isHome)
        case "isThemes": .flag(isThemes)
        case "isKeywords": .flag(isKeywords)
        case "inArchief": .flag(inArchief)
        case "isArchive": .flag(isArchive)
        case "isSearch": .flag(isSearch)
        case "menu": .objects(menu)
        case "noindex": .flag(noindex)
        default: nil
        }
    }
}

final class FeedLink: Sendable, TemplateParent {
    let title: String
    let url: String

    init(title: String, url: String) {
        self.title = title
        self.url = url
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "url": .text(url)
        default: nil
        }
    }
}

/// A picture for `og:image`: `{{page.image.url}}`, `width`, `height`, `type`, `alt`.
final class PictureView: Sendable, TemplateParent {
    let url: String
    let width: Int
    let height: Int
    let type: String
    let alt: String

    init(_ picture: SharedPicture) {
        url = picture.url
        width = picture.width
        height = picture.height
        type = picture.type
        alt = picture.alt
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "url": .text(url)
        case "width": .text(String(width))
        case "height": .text(String(height))
        case "type": .text(type)
        case "alt": .text(alt)
        default: nil
        }
    }
}

/// An article's OpenGraph facts: `{{page.article.published}}`, `modified`, `section`, `tags`.
final class ArticleMeta: Sendable, TemplateParent {
    /// ISO 8601 dates.
    let published: String
    let modified: String
    /// The first theme's name, if any.
    let section: String?
    /// The keywords' names.
    let tags: [String]

    init(published: String, modified: String, section: String?, tags: [String]) {
        self.published = published
        self.modified = modified
        self.section = section
        self.tags = tags
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "published": .text(published)
        case "modified": .text(modified)
        case "section": section.map(TemplateValue.text)
        case "tags": .texts(tags)
        default: nil
        }
    }
}
