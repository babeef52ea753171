import Foundation

/// Where the site is served from, when not from site.yaml's `baseURL`.
public enum BaseURLOverride: Sendable, Hashable {
    /// Another base URL altogether (`--base-url`, say for a staging copy).
    case replace(String)
    /// site.yaml's path under another origin: the preview server's `http://127.0.0.1:1313`.
    case origin(String)
}

/// The site's settings, from `content/site.yaml`.
struct SiteConfig: Sendable, Equatable {
    var title: String
    /// Absolute `http(s)` URL ending in `/`; every permalink starts with it. Its path (say
    /// `/sub/`) is the folder the site is served under.
    var baseURL: String
    /// Language code, e.g. `nl`; chooses `theme/i18n/<language>.yaml`.
    var language: String
    var description: String
    var contactEmail: String?
    var contactPhone: String?
    var newsletter: String?
    /// Items per feed (default 20).
    var feedItems: Int
    /// Whether raw HTML in Markdown is kept (default false: it is dropped).
    var unsafeHTML: Bool

    static let knownFields = [
        "title", "baseURL", "language", "description", "contact", "newsletter", "feedItems", "unsafeHTML",
    ]

    /// Parses site.yaml's text; an `override` (from the command line or the preview server)
    /// wins over the file's `baseURL`.
    static func parse(_ text: String, path: String, override: BaseURLOverride? = nil) throws(BuildFailure) -> SiteConfig
    {
        var fields: YAMLMapping
        do {
            fields = try YAMLMapping(yaml: text, path: path, firstLine: 1, what: "site.yaml")
        } catch {
            throw BuildFailure([error])
        }
        fields.rejectUnknownKeys(knownFields)
        let title = fields.string("title", required: true)
        var baseURL: String?
        if case .replace(let text) = override {
            baseURL = normalizedBaseURL(text)
            if baseURL == nil { fields.fail(SourceLocation(path: "--base-url"), invalidBaseURL(text)) }
        } else if let text = fields.string("baseURL", required: true) {
            baseURL = normalizedBaseURL(text)
            let location = fields.node("baseURL").map(fields.location(of:)) ?? fields.start
            if baseURL == nil { fields.fail(location, invalidBaseURL(text)) }
            if case .origin(let origin) = override, let path = baseURL.flatMap(URLComponents.init(string:))?.path {
                baseURL = origin + path
            }
        }
        var contact = fields.mapping("contact")
        contact?.rejectUnknownKeys(["email", "phone"])
        let config = SiteConfig(
            title: title ?? "",
            baseURL: baseURL ?? "",
            language: fields.string("language") ?? "nl",
            description: fields.string("description") ?? "",
            contactEmail: contact?.string("email"),
            contactPhone: contact?.string("phone"),
            newsletter: fields.string("newsletter"),
            feedItems: fields.positiveInt("feedItems") ?? 20,
            unsafeHTML: fields.bool("unsafeHTML") ?? false)
        let errors = fields.errors + (contact?.errors ?? [])
        if !errors.isEmpty { throw BuildFailure(errors) }
        return config
    }

    private static func invalidBaseURL(_ text: String) -> String {
        "baseURL '\(text)' is not an absolute http(s) URL like 'https://www.example.nl/' or 'https://example.org/site/'"
    }

    /// `https://host[:port]/path/` with a trailing slash added; nil unless absolute http(s)
    /// with a host, without user or password, query or fragment, and with a path of plain
    /// folder names.
    static func normalizedBaseURL(_ text: String) -> String? {
        guard !text.contains(where: { $0.isWhitespace || "\"<>?#\\".contains($0) }),
            let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil
        else { return nil }
        if let port = components.port, !(1...65535).contains(port) { return nil }
        let segments = components.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard segments.dropLast().allSatisfy({ SitePath.isSafeSegment(String($0)) }),
            segments.last.map({ $0.isEmpty || SitePath.isSafeSegment(String($0)) }) ?? true
        else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
