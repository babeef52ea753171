/// The small values many templates show: links, a topic or keyword with its count, a picture,
/// a date, an image with its copies.
extension TemplateShape {
    /// A standalone page in the menu or the footer; `isCurrent` when it is the page shown.
    static let menuLink = TemplateShape("a menu link", [.text("title"), .text("url"), .flag("isCurrent")])
    static let feedLink = TemplateShape("a feed link", [.text("title"), .text("url")])
    /// A topic or keyword as a link.
    static let termLink = TemplateShape("a theme or keyword link", [.text("name"), .text("url")])
    /// A topic or keyword with its description and count, for indexes and its own page;
    /// `isSingle` when it has one article ("1 artikel", not "1 artikelen").
    static let term = TemplateShape(
        "a theme or keyword",
        [
            .text("name"), .text("url"), .text("description"), .text("count"), .flag("isSingle"), .text("feedURL"),
            .text("followURL"),
        ])
    /// The picture a shared link shows (`og:image`).
    static let picture = TemplateShape(
        "a shared picture", [.text("url"), .text("width"), .text("height"), .text("type"), .text("alt")])
    /// An article's OpenGraph facts (`article:*`).
    static let articleFacts = TemplateShape(
        "an article's facts", [.text("published"), .text("modified"), .text("section"), .texts("tags")])
    /// A date: `{{long}}` ("5 oktober 2021"), `{{iso}}` (`2021-10-05`, with the time if written).
    static let date = TemplateShape("a date", [.text("long"), .text("iso")])
    /// An image of the site with its size and, when wide, its narrower copies.
    static let image = TemplateShape(
        "an image",
        [
            .text("src"), .text("alt"), .text("width"), .text("height"), .text("srcset"), .text("webpSrcset"),
            .text("sizes"),
        ])
}

extension TemplateValue {
    static func menuLink(title: String, url: String, isCurrent: Bool = false) -> TemplateValue {
        TemplateShape.menuLink.record(["title": .text(title), "url": .text(url), "isCurrent": .flag(isCurrent)])
    }

    static func feedLink(title: String, url: String) -> TemplateValue {
        TemplateShape.feedLink.record(["title": .text(title), "url": .text(url)])
    }

    static func termLink(name: String, url: String) -> TemplateValue {
        TemplateShape.termLink.record(["name": .text(name), "url": .text(url)])
    }

    static func picture(_ picture: SharedPicture) -> TemplateValue {
        TemplateShape.picture.record([
            "url": .text(picture.url), "width": .number(picture.width), "height": .number(picture.height),
            "type": .text(picture.type), "alt": .text(picture.alt),
        ])
    }

    /// A text, or nothing.
    static func optional(_ text: String?) -> TemplateValue { text.map(TemplateValue.text) ?? .nothing }
}
