/// A theme or keyword as a link.
final class TermLink: Sendable, TemplateParent {
    let name: String
    let url: String

    init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .text(self.name)
        case "url": .text(url)
        default: nil
        }
    }
}

/// A theme or keyword with its description and count, for the index pages.
final class TermView: Sendable, TemplateParent {
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

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .text(self.name)
        case "url": .text(url)
        case "description": .text(description)
        case "count": .number(count)
        case "isSingle": .flag(isSingle)
        case "feedURL": feedURL.map(TemplateValue.text)
        default: nil
        }
    }
}

/// Links between the pages of a paginated list: previous and next, and numbered links to the
/// first and last page and a window around the current one, gaps between them shown as "…".
final class Pagination: Sendable, TemplateParent {
    /// Pages on either side of the current one that get a link of their own.
    static let window = 2

    let current: Int
    let total: Int
    let previousURL: String?
    let nextURL: String?
    /// Whether there is more than one page (so the navigation is shown at all).
    let isPaginated: Bool
    let pages: [PageNumber]

    init(current: Int, total: Int, url: (Int) -> String) {
        self.current = current
        self.total = total
        previousURL = current > 1 ? url(current - 1) : nil
        nextURL = current < total ? url(current + 1) : nil
        isPaginated = total > 1
        pages = Self.numbers(current: current, total: total).map { number in
            number.map { PageNumber(number: $0, url: url($0), isCurrent: $0 == current) } ?? PageNumber.gap
        }
    }

    /// The page numbers to link, nil for a gap: 1, the window around `current`, `total`.
    static func numbers(current: Int, total: Int) -> [Int?] {
        guard total > 1 else { return [] }
        let shown = Set([1, total] + Array(max(1, current - window)...min(total, current + window)))
        var numbers: [Int?] = []
        for number in shown.sorted() {
            if let last = numbers.last ?? nil, number > last + 1 {
                // A gap of one page is shown as that page: "…" would hide no more than a number.
                numbers.append(number == last + 2 ? last + 1 : nil)
            }
            numbers.append(number)
        }
        return numbers
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "current": .number(current)
        case "total": .number(total)
        case "isFirst": .flag(current == 1)
        case "previousURL": previousURL.map(TemplateValue.text)
        case "nextURL": nextURL.map(TemplateValue.text)
        case "isPaginated": .flag(isPaginated)
        case "pages": .objects(pages)
        default: nil
        }
    }
}

/// One numbered link of a pagination, or a gap.
final class PageNumber: Sendable, TemplateParent {
    let number: Int
    let url: String
    let isCurrent: Bool
    let isGap: Bool

    init(number: Int, url: String, isCurrent: Bool, isGap: Bool = false) {
        self.number = number
        self.url = url
        self.isCurrent = isCurrent
        self.isGap = isGap
    }

    static let gap = PageNumber(number: 0, url: "", isCurrent: false, isGap: true)

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "number": .number(number)
        case "url": .text(url)
        case "isCurrent": .flag(isCurrent)
        case "isGap": .flag(isGap)
        default: nil
        }
    }
}
