/// The site's settings, from `content/site.yaml`.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    /// Absolute `http(s)` URL ending in `/`; every permalink starts with it.
    public var baseURL: String
    /// Language code, e.g. `nl`; chooses `theme/i18n/<language>.yaml`.
    public var language: String
    public var description: String
    public var contactEmail: String?
    public var contactPhone: String?
    public var newsletter: String?
    /// Items per feed (default 20).
    public var feedItems: Int
    /// Whether raw HTML in Markdown is kept (default false: it is dropped).
    public var unsafeHTML: Bool

    static let knownFields = ["title", "baseURL", "language", "description", "contact", "newsletter", "feedItems", "unsafeHTML"]

    /// Parses site.yaml's text; `baseURLOverride` (from the command line) wins over the file's.
    static func parse(_ text: String, path: String, baseURLOverride: String? = nil) throws(BuildFailure) -> SiteConfig {
        var fields: YAMLMapping
        do {
            fields = try YAMLMapping(yaml: text, path: path, firstLine: 1, what: "site.yaml")
        } catch {
            throw BuildFailure([error])
        }
        fields.rejectUnknownKeys(knownFields)
        let title = fields.string("title", required: true)
        let rawBaseURL = baseURLOverride ?? fields.string("baseURL", required: true)
        var baseURL: String?
        if let rawBaseURL {
            baseURL = normalizedBaseURL(rawBaseURL)
            if baseURL == nil {
                let location = fields.node("baseURL").map(fields.location(of:)) ?? fields.start
                fields.fail(location, "baseURL '\(rawBaseURL)' is not an absolute http(s) URL like 'https://www.example.nl/'")
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

    /// `https://host/path/` with a trailing slash added; nil if not absolute http(s).
    static func normalizedBaseURL(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        let rest = text.drop { $0 != "/" }.dropFirst(2)
        guard let host = rest.split(separator: "/").first, !host.isEmpty,
              !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "?" || $0 == "#" })
        else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
