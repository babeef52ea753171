/// The media type `serve` sends with each kind of file a site has, by the file's extension: the
/// one table of them. A file of a kind not listed goes as `application/octet-stream`.
enum MediaTypes {
    static let binary = "application/octet-stream"

    /// Extension (lower case, without its dot) → `Content-Type`.
    static let byExtension: [String: String] = [
        // Pages, styles, scripts and data.
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8", "json": "application/json",
        "map": "application/json", "webmanifest": "application/manifest+json",
        "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8",
        // Feeds, their stylesheet, the sitemap, calendars.
        "xml": "application/xml; charset=utf-8", "rss": "application/rss+xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8", "xsl": "text/xsl; charset=utf-8",
        "ics": "text/calendar; charset=utf-8",
        // Pictures.
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        // Fonts and documents.
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf",
        "pdf": "application/pdf", "mp4": "video/mp4", "webm": "video/webm", "mp3": "audio/mpeg",
        // Pagefind's index: WebAssembly, and compressed parts that its script reads as bytes
        // (they have no media type of their own; listed so that they are known, not forgotten).
        "wasm": "application/wasm", "pagefind": binary, "pf_meta": binary, "pf_index": binary,
        "pf_fragment": binary,
    ]

    /// A file's media type by its name: feeds (`feed.xml`) as RSS, `_redirects` as text.
    static func type(of name: String) -> String {
        if name == "_redirects" { return "text/plain; charset=utf-8" }
        if name.hasSuffix("feed.xml") { return "application/rss+xml; charset=utf-8" }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return binary }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? binary
    }
}
