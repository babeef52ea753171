import Foundation

/// Where the site is served: its base URL (`https://example.org/sub/`) and that URL's path
/// (`/sub/`), under which every address of the site lies. Pages link with root-relative
/// addresses under the path; feeds, sitemaps and canonical links use absolute ones.
struct SiteBase: Sendable, Hashable {
    /// The base URL, ending in `/`.
    let url: String
    /// Its path, `/` or `/sub/`.
    let path: String

    init(url: String) {
        self.url = url
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? url[...]
        path = afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? "/"
    }

    /// The scheme and host, without the path: `https://example.org` (links' `/sub/x` after it
    /// is their whole address, as printed pages show it).
    var origin: String { String(url.dropLast(path.count)) }

    /// Whether the site is served from the root of its host.
    var isAtRoot: Bool { path == "/" }

    /// The address pages link to `sitePath` with: `/sub/nieuws/welkom/`.
    func href(_ sitePath: SitePath) -> String { isAtRoot ? sitePath.url : path + sitePath.url.dropFirst() }

    /// The absolute URL of `sitePath`: `https://example.org/sub/nieuws/welkom/`.
    func absolute(_ sitePath: SitePath) -> String { url + sitePath.url.dropFirst() }

    /// A link an editor wrote, as a page under this base shows it: `/x` is taken from the
    /// site's root (`/sub/x`); relative and external links are left alone.
    func href(link: String) -> String {
        guard !isAtRoot, link.hasPrefix("/"), !link.hasPrefix("//") else { return link }
        return path + link.dropFirst()
    }

    /// A link an editor wrote on the page at `page`, as an absolute URL (for feeds and
    /// OpenGraph): `/x` is taken from the site's root, `x` and `../x` from the page; URLs with a
    /// scheme (`https:`, `mailto:`) and protocol-relative ones are left alone.
    func absolute(link: String, from page: SitePath) -> String {
        if link.isEmpty || Self.isExternal(link) { return link }
        if link.hasPrefix("/") { return url + link.dropFirst() }
        return URL(string: link, relativeTo: URL(string: absolute(page)))?.absoluteString ?? link
    }

    /// Whether `url` leaves the site: it has a scheme (`https:`, `mailto:`) or starts with `//`.
    static func isExternal(_ url: String) -> Bool { url.hasPrefix("//") || hasScheme(url) }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
