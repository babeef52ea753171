import Foundation

/// Turns the link targets editors write into absolute URLs, for feeds and OpenGraph.
struct LinkResolver: Sendable {
    /// The site's base URL, ending in `/`.
    let baseURL: String

    /// `url` as an absolute URL: `/x` is taken from the site root, `x` and `../x` from `pageURL`;
    /// URLs with a scheme (`https:`, `mailto:`) and protocol-relative ones are left alone.
    func absolute(_ url: String, from pageURL: String) -> String {
        if url.isEmpty || LinkResolver.isExternal(url) { return url }
        if url.hasPrefix("/") { return baseURL + url.dropFirst() }
        return URL(string: url, relativeTo: URL(string: pageURL))?.absoluteString ?? url
    }

    /// Whether `url` leaves the site: it has a scheme (`https:`, `mailto:`) or starts with `//`.
    static func isExternal(_ url: String) -> Bool { url.hasPrefix("//") || hasScheme(url) }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
