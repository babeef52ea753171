import Mustache

/// The site's settings as templates show them: `{{site.title}}`.
final class SiteView: Sendable, MustacheParent {
    let title: String
    let description: String
    let language: String
    let baseURL: String
    let contactEmail: String?
    let contactPhone: String?
    /// `tel:` link for the phone number.
    let contactPhoneHref: String?
    let newsletter: String?
    let feedURL: String
    /// Standalone pages that are not in the menu ("Privacy"…), for the footer.
    let otherPages: [MenuLink]
    let hasOtherPages: Bool

    init(
        title: String, description: String, language: String, baseURL: String, contactEmail: String?,
        contactPhone: String?, contactPhoneHref: String?, newsletter: String?, feedURL: String, otherPages: [MenuLink]
    ) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.contactPhoneHref = contactPhoneHref
        self.newsletter = newsletter
        self.feedURL = feedURL
        self.otherPages = otherPages
        hasOtherPages = !otherPages.isEmpty
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(title)
        case "description": MustacheText(description)
        case "language": MustacheText(language)
        case "baseURL": MustacheText(baseURL)
        case "contactEmail": contactEmail.map(MustacheText.init)
        case "contactPhone": contactPhone.map(MustacheText.init)
        case "contactPhoneHref": contactPhoneHref.map(MustacheText.init)
        case "newsletter": newsletter.map(MustacheText.init)
        case "feedURL": MustacheText(feedURL)
        case "otherPages": otherPages
        case "hasOtherPages": hasOtherPages
        default: nil
        }
    }
}

/// The site's own addresses, under its base path, as templates link to them: `{{links.themes}}`.
final class LinksView: Sendable, MustacheParent {
    /// The folder the site is served from: `/` or `/sub/`.
    let root: String
    let home: String
    let themes: String
    let keywords: String
    let feed: String
    /// The theme's assets folder: `{{links.assets}}style.css`.
    let assets: String

    init(root: String, home: String, themes: String, keywords: String, feed: String, assets: String) {
        self.root = root
        self.home = home
        self.themes = themes
        self.keywords = keywords
        self.feed = feed
        self.assets = assets
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": MustacheText(root)
        case "home": MustacheText(home)
        case "themes": MustacheText(themes)
        case "keywords": MustacheText(keywords)
        case "feed": MustacheText(feed)
        case "assets": MustacheText(assets)
        default: nil
        }
    }
}

/// A standalone page in the menu or the footer.
final class MenuLink: Sendable, MustacheParent {
    let title: String
    let url: String
    /// Whether it is the page being shown (`aria-current`).
    let isCurrent: Bool

    init(title: String, url: String, isCurrent: Bool) {
        self.title = title
        self.url = url
        self.isCurrent = isCurrent
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(title)
        case "url": MustacheText(url)
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

/// What every page says about itself: titles, canonical URL, feeds, navigation state.
final class PageMeta: Sendable, MustacheParent {
    /// The page's own title (`<h1>`).
    let title: String
    /// `<title>`: the page title and the site's title.
    let documentTitle: String
    let description: String
    /// Absolute URL of this page.
    let canonical: String
    /// `website` or `article`, for OpenGraph.
    let ogType: String
    /// Absolute URL of an image for OpenGraph, if any.
    let ogImage: String?
    let feeds: [FeedLink]
    /// Which menu item is the current section: `nieuws`, `themas`, `trefwoorden` or none.
    let inNieuws: Bool
    let inThemas: Bool
    let inTrefwoorden: Bool
    /// The standalone pages in the main menu, in order, the one shown marked current.
    let menu: [MenuLink]
    /// Whether search engines should skip the page (the 404 page).
    let noindex: Bool

    init(
        title: String, documentTitle: String, description: String, canonical: String, ogType: String, ogImage: String?,
        feeds: [FeedLink], inNieuws: Bool, inThemas: Bool, inTrefwoorden: Bool, menu: [MenuLink], noindex: Bool
    ) {
        self.title = title
        self.documentTitle = documentTitle
        self.description = description
        self.canonical = canonical
        self.ogType = ogType
        self.ogImage = ogImage
        self.feeds = feeds
        self.inNieuws = inNieuws
        self.inThemas = inThemas
        self.inTrefwoorden = inTrefwoorden
        self.menu = menu
        self.noindex = noindex
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(title)
        case "documentTitle": MustacheText(documentTitle)
        case "description": MustacheText(description)
        case "canonical": MustacheText(canonical)
        case "ogType": MustacheText(ogType)
        case "ogImage": ogImage.map(MustacheText.init)
        case "feeds": feeds
        case "inNieuws": inNieuws
        case "inThemas": inThemas
        case "inTrefwoorden": inTrefwoorden
        case "menu": menu
        case "noindex": noindex
        default: nil
        }
    }
}

final class FeedLink: Sendable, MustacheParent {
    let title: String
    let url: String

    init(title: String, url: String) {
        self.title = title
        self.url = url
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(title)
        case "url": MustacheText(url)
        default: nil
        }
    }
}

/// The UI strings as templates see them: `{{t.news}}`.
extension UIStrings: MustacheParent {
    func child(named name: String) -> Any? { labels[name].map(MustacheText.init) }
}

/// A text value as templates see it: rendered as it is (escaped by `{{ }}`), without the
/// dynamic casts and `String(describing:)` that swift-mustache applies to a plain `String`.
struct MustacheText: MustacheCustomRenderable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
}
