import Foundation

/// A path inside the generated site, always starting with `/`, made of safe segments.
///
/// Folder pages end with `/` (`/nieuws/welkom/`) and are written as `index.html` inside that
/// folder; file paths (`/feed.xml`) are written as they are. The site's addresses are made by
/// `SiteAddresses`, from the address words; each kind of output declares its own beside its
/// producer (`SiteAddresses.topic(_:)` in `TopicPages.swift`).
struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The URL path, e.g. `/themas/opstart/`.
    let url: String

    private init(url: String) { self.url = url }

    /// The site root, `/`.
    static let root = SitePath(url: "/")

    /// A folder page: `/a/b/`.
    static func folder(_ segments: String...) -> SitePath { folder(segments) }

    /// A folder page from segments; each segment must be a slug or a fixed name.
    static func folder(_ segments: [String]) -> SitePath {
        precondition(segments.allSatisfy(isSafeSegment), "unsafe segment in \(segments)")
        return SitePath(url: "/" + segments.map { $0 + "/" }.joined())
    }

    /// The folder `segments` inside this one: `/a/` then `b`, `c` is `/a/b/c/`.
    func appending(folder segments: String...) -> SitePath {
        precondition(isFolder && segments.allSatisfy(Self.isSafeSegment), "unsafe segment in \(segments)")
        return SitePath(url: url + segments.map { $0 + "/" }.joined())
    }

    /// A file: `/a/feed.xml`.
    static func file(_ segments: String...) -> SitePath { file(segments) }

    /// A file from segments; each segment must be a slug or a fixed name.
    static func file(_ segments: [String]) -> SitePath {
        precondition(!segments.isEmpty && segments.allSatisfy(isSafeSegment), "unsafe segment in \(segments)")
        return SitePath(url: "/" + segments.joined(separator: "/"))
    }

    /// A file named by the sources (a media file), or nil if a segment is not safe.
    static func file(checking segments: [String]) -> SitePath? {
        segments.isEmpty || !segments.allSatisfy(isSafeSegment) ? nil : file(segments)
    }

    /// A path read back from a file Veenbrand wrote (the build cache), or nil if it is not one
    /// a `SitePath` can be: a damaged cache must not name a path outside the output.
    init?(checking url: String) {
        guard url.hasPrefix("/") else { return nil }
        let segments = url.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let inner = url.hasSuffix("/") ? segments.dropLast() : segments[...]
        guard url == "/" || (!inner.isEmpty && inner.allSatisfy({ Self.isSafeSegment(String($0)) })) else { return nil }
        self.url = url
    }

    /// The file this path is written to, relative to the output folder.
    var outputFile: String {
        url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
    }

    /// The first segment (`nieuws` of `/nieuws/welkom/`), or "" for the root.
    var topSegment: Substring { url.dropFirst().prefix { $0 != "/" } }

    var isFolder: Bool { url.hasSuffix("/") }

    /// Whether this is a folder right under the root: `/over-de-beweging/`.
    var isTopFolder: Bool {
        let bytes = url.utf8
        return bytes.count > 2 && bytes.last == UInt8(ascii: "/")
            && bytes.dropFirst().dropLast().allSatisfy { $0 != UInt8(ascii: "/") }
    }

    var description: String { url }

    static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.url < rhs.url }

    /// A segment is safe when it cannot name a parent, a root or a hidden file.
    static func isSafeSegment(_ segment: String) -> Bool {
        guard let first = segment.utf8.first, first != UInt8(ascii: ".") else { return false }
        return !segment.utf8.contains {
            $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "%") || $0 == 0
        }
    }

    /// A part of an alias: letters, digits and `-_.~` only. Netlify, Cloudflare Pages and GitLab
    /// Pages read `:name` and `*` in `_redirects` as patterns (matching any address, even one that
    /// has a file, on Cloudflare), `!` as "forced", and a space or `#` as the end of the address.
    static func isPlainSegment(_ segment: String) -> Bool {
        segment.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType == .decimal || "-_.~".unicodeScalars.contains($0)
        }
    }

    /// The folder this path is in: `/nieuws/` for `/nieuws/welkom/` and for `/nieuws/a.html`;
    /// nil for the root.
    var parent: SitePath? {
        guard url != "/" else { return nil }
        let trimmed = url.hasSuffix("/") ? url.dropLast() : url[...]
        return SitePath(url: String(trimmed[...trimmed.lastIndex(of: "/")!]))
    }

    /// The last segment: `welkom` of `/nieuws/welkom/`, `a.html` of `/nieuws/a.html`.
    var lastSegment: Substring {
        let trimmed = url.hasSuffix("/") ? url.dropLast() : url[...]
        return trimmed[trimmed.index(after: trimmed.lastIndex(of: "/")!)...]
    }

    /// Why an alias cannot be a path of this site.
    struct AliasProblem: Error {
        let reason: String
    }

    /// An old address an editor wrote in `aliases:`: `/nieuws/oude-naam/`, `/oud.html`. A path
    /// without a trailing slash or `.html` is taken as a folder (`/oud` → `/oud/`).
    static func alias(_ text: String) -> Result<SitePath, AliasProblem> {
        guard text.hasPrefix("/"), !text.hasPrefix("//") else {
            return .failure(
                AliasProblem(reason: "must be a path on this site, starting with '/' (like /nieuws/oude-naam/)"))
        }
        guard !text.contains(where: { $0 == "?" || $0 == "#" || $0.isWhitespace }) else {
            return .failure(AliasProblem(reason: "may not contain '?', '#' or spaces: write only the path"))
        }
        // Composed (NFC), as an editor's keyboard writes it: `é` is one letter, not `e` and a mark.
        let decoded = (text.removingPercentEncoding ?? text).precomposedStringWithCanonicalMapping
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isFolder = segments.last == "" || !(segments.last ?? "").contains(".")
        if segments.last == "" { segments.removeLast() }
        guard !segments.isEmpty, segments.allSatisfy(isSafeSegment) else {
            return .failure(
                AliasProblem(
                    reason: "leaves the site or has an empty, hidden or encoded part: "
                        + "use a plain path like /nieuws/oude-naam/"))
        }
        guard segments.allSatisfy(isPlainSegment) else {
            return .failure(
                AliasProblem(
                    reason: "may hold only letters, digits, '-', '_', '.' and '~' in each part: hosts read "
                        + "':name', '*' and '!' in _redirects as patterns that could take other pages' addresses"))
        }
        if isFolder { return .success(folder(segments)) }
        guard segments.last!.hasSuffix(".html") else {
            return .failure(AliasProblem(reason: "must end in '/' or '.html': other files cannot redirect"))
        }
        return .success(file(segments))
    }
}
