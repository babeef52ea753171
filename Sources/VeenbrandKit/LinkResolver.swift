import Foundation

/// Turns the link targets editors write into absolute URLs, for feeds and OpenGraph.
struct LinkResolver: Sendable {
    /// The site's base URL, ending in `/`.
    let baseURL: String

    /// `url` as an absolute URL: `/x` is taken from the site root, `x` and `../x` from `pageURL`;
    /// URLs with a scheme (`https:`, `mailto:`) and protocol-relative ones are left alone.
    func absolute(_ url: String, from pageURL: String) -> String {
        if url.isEmpty || url.hasPrefix("//") || hasScheme(url) { return url }
        if url.hasPrefix("/") { return baseURL + url.dropFirst() }
        return URL(string: url, relativeTo: URL(string: pageURL))?.absoluteString ?? url
    }

    private func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
