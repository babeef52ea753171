import Foundation

/// Whether a link or image written in a document leads somewhere on the built site: a route
/// of the route table, and, for `#anchor`s, a heading of the page it names.
struct LinkCheck {
    let routes: RouteTable
    /// The heading ids of each document's page.
    let headings: [SitePath: Set<String>]

    /// The diagnostic for a link on the page at `page` (of a `noun`: "this article has no
    /// heading…") that will not work, or nil. A link from a document this build withholds (a
    /// draft) to another withheld one is a warning: it works once both are published.
    func problem(with link: ContentLink, on page: SitePath, noun: String, withheld: Bool) -> Diagnostic? {
        let url = link.url
        if url.isEmpty || SiteBase.isExternal(url) { return nil }
        guard let resolved = URL(string: url, relativeTo: URL(string: "https://site.invalid" + page.url)),
            var path = resolved.path.removingPercentEncoding
        else {
            return Diagnostic(.error, link.location, "link '\(url)' is not a valid address")
        }
        if resolved.absoluteString.hasSuffix("/") || url.hasSuffix("/") || (url.hasPrefix("#") && page.isFolder) {
            if !path.hasSuffix("/") { path += "/" }
        }
        if path.hasSuffix("/index.html") { path = String(path.dropLast("index.html".count)) }
        let kind = link.isImage ? "image" : "link"
        guard let target = path == page.url ? page : routes.route(linkedAs: path)?.path else {
            let toWithheld = SitePath(checking: path).flatMap { routes.withheld[$0] } != nil
            return Diagnostic(
                withheld && toWithheld ? .warning : .error, link.location,
                "\(kind) '\(url)' goes nowhere: \(routes.absence(at: path))", notice: .goesNowhere(url))
        }
        if let fragment = resolved.fragment, !fragment.isEmpty, let ids = headings[target], !ids.contains(fragment) {
            let hint = Suggestion.closest(to: fragment, in: ids.sorted()).map { "; did you mean '#\($0)'?" } ?? ""
            let place = target != page ? target.url : "this \(noun)"
            return Diagnostic(
                .error, link.location, "\(kind) '\(url)': \(place) has no heading with id '\(fragment)'\(hint)",
                notice: .noSuchHeading(url))
        }
        return nil
    }
}
