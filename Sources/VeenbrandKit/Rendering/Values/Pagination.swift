/// Links between the pages of a paginated list: previous and next, and numbered links to the
/// first and last page and a window around the current one, gaps between them shown as "…".
enum Pagination {
    /// Pages on either side of the current one that get a link of their own.
    static let window = 2

    static let pageNumber = TemplateShape(
        "a page number", [.text("number"), .text("url"), .flag("isCurrent"), .flag("isGap")])
    /// `isPaginated` when there is more than one page (so the navigation is shown at all);
    /// `firstURL` and `lastURL` on every page but the first and the last (a phone shows first,
    /// previous, "Pagina 2 van 98", next and last on one row).
    static let shape = TemplateShape(
        "a pagination",
        [
            .text("current"), .text("total"), .flag("isFirst"), .text("previousURL"), .text("nextURL"),
            .text("firstURL"), .text("lastURL"), .flag("isPaginated"), .list("pages", pageNumber),
        ])

    /// Page `current` of `total`, whose pages are at `url(n)`.
    static func value(current: Int, total: Int, url: (Int) -> String) -> TemplateValue {
        let pages = numbers(current: current, total: total).map { number in
            pageNumber.record([
                "number": .number(number ?? 0), "url": .text(number.map(url) ?? ""),
                "isCurrent": .flag(number == current), "isGap": .flag(number == nil),
            ])
        }
        return shape.record([
            "current": .number(current), "total": .number(total), "isFirst": .flag(current == 1),
            "previousURL": current > 1 ? .text(url(current - 1)) : nil,
            "nextURL": current < total ? .text(url(current + 1)) : nil,
            "firstURL": current > 1 ? .text(url(1)) : nil, "lastURL": current < total ? .text(url(total)) : nil,
            "isPaginated": .flag(total > 1),
            "pages": .list(pages),
        ])
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
}
