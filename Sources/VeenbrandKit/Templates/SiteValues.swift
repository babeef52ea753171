import Mustache

/// The site's settings as templates show them: `{{site.title}}`.
final class SiteView: Sendable, MustacheParent {
    let title: String
    let shortTitle: String
    let tagline: String
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
    /// The first page of the menu with its full title ("Over de beweging"), which the home
    /// page introduces the site with.
    let about: MenuLink?
    let hasOtherPages: Bool
    /// The browser's colour for the site (`theme-color`): the share cards' background.
    let themeColor: String

    init(
        title: String, shortTitle: String, tagline: String, description: String, language: String, baseURL: String,
        contactEmail: String?,
        contactPhone: String?, contactPhoneHref: String?, newsletter: String?, feedURL: String, otherPages: [MenuLink],
        about: MenuLink?, themeColor: String
    ) {
        self.title = title
        self.shortTitle = shortTitle
        self.tagline = tagline
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.contactPhoneHref = contactPhoneHref
        self.newsletter = newsletter
        self.feedURL = feedURL
        self.otherPages = otherPages
        self.about = about
        hasOtherPages = !otherPages.isEmpty
        self.themeColor = themeColor
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": MustacheText(title)
        case "shortTitle": MustacheText(shortTitle)
        case "tagline": MustacheText(tagline)
        case "about": about
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
        case "themeColor": MustacheText(themeColor)
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
    let archive: String
    let search: String
    let feed: String
    /// The theme's assets folder: `{{links.assets}}style.css`.
    let assets: String
    /// The PNG icons made from the logo, if site.yaml has one.
    let favicon: String?
    let touchIcon: String?

    init(
        root: String, home: String, themes: String, keywords: String, archive: String, search: String, feed: String,
        assets: String, favicon: String?, touchIcon: String?
    ) {
        self.root = root
        self.home = home
        self.themes = themes
        self.keywords = keywords
        self.archive = archive
        self.search = search
        self.feed = feed
        self.assets = assets
        self.favicon = favicon
        self.touchIcon = touchIcon
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": MustacheText(root)
        case "home": MustacheText(home)
        case "themes": MustacheText(themes)
        case "keywords": MustacheText(keywords)
        case "archive": MustacheText(archive)
        case "search": MustacheText(search)
        case "feed": MustacheText(feed)
        case "assets": MustacheText(assets)
        case "favicon": favicon.map(MustacheText.init)
        case "touchIcon": touchIcon.map(MustacheText.init)
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
