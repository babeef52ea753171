/// The site's settings as templates show them: `{{site.title}}`.
final class SiteView: Sendable, TemplateParent {
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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "shortTitle": .text(shortTitle)
        case "tagline": .text(tagline)
        case "about": about.map { .object($0) }
        case "description": .text(description)
        case "language": .text(language)
        case "baseURL": .text(baseURL)
        case "contactEmail": contactEmail.map(TemplateValue.text)
        case "contactPhone": contactPhone.map(TemplateValue.text)
        case "contactPhoneHref": contactPhoneHref.map(TemplateValue.text)
        case "newsletter": newsletter.map(TemplateValue.text)
        case "feedURL": .text(feedURL)
        case "otherPages": .objects(otherPages)
        case "hasOtherPages": .flag(hasOtherPages)
        case "themeColor": .text(themeColor)
        default: nil
        }
    }
}

/// The site's own addresses, under its base path, as templates link to them: `{{links.themes}}`.
final class LinksView: Sendable, TemplateParent {
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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "root": .text(root)
        case "home": .text(home)
        case "themes": .text(themes)
        case "keywords": .text(keywords)
        case "archive": .text(archive)
        case "search": .text(search)
        case "feed": .text(feed)
        case "assets": .text(assets)
        case "favicon": favicon.map(TemplateValue.text)
        case "touchIcon": touchIcon.map(TemplateValue.text)
        default: nil
        }
    }
}

/// A standalone page in the menu or the footer.
final class MenuLink: Sendable, TemplateParent {
    let title: String
    let url: String
    /// Whether it is the page being shown (`aria-current`).
    let isCurrent: Bool

    init(title: String, url: String, isCurrent: Bool) {
        self.title = title
        self.url = url
        self.isCurrent = isCurrent
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "url": .text(url)
        case "isCurrent": .flag(isCurrent)
        default: nil
        }
    }
}

/// The UI strings as templates see them: `{{t.news}}`.
extension UIStrings: TemplateParent {
    func child(named name: String) -> TemplateValue? { labels[name].map(TemplateValue.text) }
}
