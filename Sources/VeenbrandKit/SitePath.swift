/// A path inside the generated site, always starting with `/`, made of safe segments.
///
/// Folder pages end with `/` (`/nieuws/welkom/`) and are written as `index.html` inside
/// that folder; file paths (`/feed.xml`) are written as they are.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The URL path, e.g. `/themas/opstart/`.
    public let url: String

    private init(url: String) { self.url = url }

    /// The site root, `/`.
    public static let root = SitePath(url: "/")

    /// A folder page: `/a/b/`.
    public static func folder(_ segments: String...) -> SitePath { folder(segments) }

    /// A folder page from segments; each segment must be a slug or a fixed name.
    public static func folder(_ segments: [String]) -> SitePath {
        precondition(segments.allSatisfy(isSafeSegment), "unsafe segment in \(segments)")
        var url = "/"
        for segment in segments {
            url += segment
            url += "/"
        }
        return SitePath(url: url)
    }

    /// A file: `/a/feed.xml`.
    public static func file(_ segments: String...) -> SitePath { file(segments) }

    /// A file from segments; each segment must be a slug or a fixed name.
    public static func file(_ segments: [String]) -> SitePath {
        precondition(!segments.isEmpty && segments.allSatisfy(isSafeSegment), "unsafe segment in \(segments)")
        return SitePath(url: "/" + segments.joined(separator: "/"))
    }

    /// The file this path is written to, relative to the output folder.
    public var outputFile: String {
        url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
    }

    /// This path inside `base` (a folder URL ending in `/`), e.g. an absolute permalink.
    public func absolute(in base: String) -> String { base + url.dropFirst() }

    public var description: String { url }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.url < rhs.url }

    /// A segment is safe when it cannot name a parent, a root or a hidden file.
    static func isSafeSegment(_ segment: String) -> Bool {
        guard let first = segment.utf8.first, first != UInt8(ascii: ".") else { return false }
        return !segment.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "%") || $0 == 0 }
    }
}

extension SitePath {
    static func article(_ slug: Slug) -> SitePath { .folder("nieuws", slug.value) }
    static let themes = SitePath.folder("themas")
    static func theme(_ slug: Slug) -> SitePath { .folder("themas", slug.value) }
    static func themeFeed(_ slug: Slug) -> SitePath { .file("themas", slug.value, "feed.xml") }
    static let keywords = SitePath.folder("trefwoorden")
    static func keyword(_ slug: Slug) -> SitePath { .folder("trefwoorden", slug.value) }
    static let feed = SitePath.file("feed.xml")
    static let sitemap = SitePath.file("sitemap.xml")
    static let robots = SitePath.file("robots.txt")
    static let notFound = SitePath.file("404.html")

    /// Page `n` (1-based) of the home page list: `/`, `/pagina/2/`, …
    static func homePage(_ number: Int) -> SitePath { root.page(number) }

    /// Page `n` (1-based) of the list at this folder: the folder itself, then `pagina/2/`, …
    func page(_ number: Int) -> SitePath {
        precondition(url.hasSuffix("/") && number >= 1, "pages are numbered folders")
        return number == 1 ? self : SitePath(url: url + "pagina/\(number)/")
    }
}
