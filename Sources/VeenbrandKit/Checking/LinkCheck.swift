import Foundation

/// Whether a link or image written in a document leads somewhere on the built site: a route
/// of the route table, and, for `#anchor`s, a heading of the page it names.
struct LinkCheck {
    let routes: RouteTable
    let site: SiteModel
    /// The heading ids of each document's page.
    let headings: [SitePath: Set<String>]

    /// The diagnostic for a link on the page at `page` that will not work, or nil.
    func problem(with link: ContentLink, on page: SitePath) -> Diagnostic? {
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
        guard let target = routes.route(linkedAs: path)?.path else {
            return Diagnostic(.error, link.location, "\(kind) '\(url)' goes nowhere: \(missingReason(path))")
        }
        if let fragment = resolved.fragment, !fragment.isEmpty, let ids = headings[target], !ids.contains(fragment) {
            let hint = Suggestion.closest(to: fragment, in: ids.sorted()).map { "; did you mean '#\($0)'?" } ?? ""
            let place = target != page ? target.url : page.topSegment == "nieuws" ? "this article" : "this page"
            return Diagnostic(
                .error, link.location, "\(kind) '\(url)': \(place) has no heading with id '\(fragment)'\(hint)")
        }
        return nil
    }

    private func missingReason(_ path: String) -> String {
        if let document = SitePath(checking: path).flatMap({ routes.withheld[$0] }) {
            return "\(document.path) is \(document.reason) and not published"
        }
        let segments = path.split(separator: "/").map(String.init)
        let slug = segments.dropFirst().first ?? ""
        switch segments.first {
        case "nieuws" where segments.count == 2:
            let slugs = site.articles.map(\.article.slug.value)
            let hint = Suggestion.closest(to: slug, in: slugs).map { "; did you mean '/nieuws/\($0)/'?" } ?? ""
            return "there is no article with slug '\(slug)'\(hint)"
        case "media": return "there is no file \(path.dropFirst()) in content/media/"
        case "assets": return "there is no file \(path.dropFirst("/assets/".count)) in theme/assets/"
        case "themas" where site.topics.contains { $0.slug.value == slug }:
            return "the theme '\(slug)' has no page at \(path)"
        case "themas": return "there is no theme with slug '\(slug)' in content/themes.yaml"
        case "trefwoorden" where site.keywords.contains { $0.slug.value == slug }:
            return "the keyword '\(slug)' has no page at \(path)"
        case "trefwoorden": return "no article has the keyword '\(slug)'"
        default: return "the site has no page or file at \(path)"
        }
    }
}
