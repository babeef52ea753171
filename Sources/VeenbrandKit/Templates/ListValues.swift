import Mustache

/// A theme or keyword as a link.
final class TermLink: Sendable, MustacheParent {
    let name: String
    let url: String

    init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheText(self.name)
        case "url": MustacheText(url)
        default: nil
        }
    }
}

/// A theme or keyword with its description and count, for the index pages.
final class TermView: Sendable, MustacheParent {
    let name: String
    let url: String
    let description: String
    let count: Int
    /// Exactly one article: templates say "1 artikel", not "1 artikelen".
    let isSingle: Bool
    let feedURL: String?

    init(name: String, url: String, description: String, count: Int, isSingle: Bool, feedURL: String?) {
        self.name = name
        self.url = url
        self.description = description
        self.count = count
        self.isSingle = isSingle
        self.feedURL = feedURL
    }

    func child(named name: String) -> Any? {
        switch name {
        case "name": MustacheText(self.name)
        case "url": MustacheText(url)
        case "description": MustacheText(description)
        case "count": count
        case "isSingle": isSingle
        case "feedURL": feedURL.map(MustacheText.init)
        default: nil
        }
    }
}

/// Links between the pages of a paginated list.
final class Pagination: Sendable, MustacheParent {
    let current: Int
    let total: Int
    let previousURL: String?
    let nextURL: String?
    /// Whether there is more than one page (so the navigation is shown at all).
    let isPaginated: Bool

    init(current: Int, total: Int, previousURL: String?, nextURL: String?, isPaginated: Bool) {
        self.current = current
        self.total = total
        self.previousURL = previousURL
        self.nextURL = nextURL
        self.isPaginated = isPaginated
    }

    func child(named name: String) -> Any? {
        switch name {
        case "current": current
        case "total": total
        case "previousURL": previousURL.map(MustacheText.init)
        case "nextURL": nextURL.map(MustacheText.init)
        case "isPaginated": isPaginated
        default: nil
        }
    }
}
