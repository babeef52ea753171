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
    /// The name where room is short (the header on a phone); the title unless set.
    var shortTitle: String
    /// What the site is about in one line, the home page's heading; the title unless set.
    var tagline: String
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
    /// Where `language` is set, for messages about it.
    var languageLocation: SourceLocation?
    /// The limits of `check`'s readability advice.
    var readability = ReadabilityLimits()
    /// The git-based CMS to write `/admin/` for, or nil.
    var cms: CMSSettings?
    /// The logo, the default share picture and the share cards' look.
    var share = ShareSettings()
    /// The words of the site's addresses (`paths:`).
    var words = AddressWords()

    static let knownFields = [
        "title", "shortTitle", "tagline", "baseURL", "language", "description", "contact", "newsletter", "feedItems",
        "unsafeHTML", "readability", "cms",
        "logo", "image", "shareCards", "paths",
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
        // The address the site is published at: the cards show it, also in the preview.
        var publishedURL: String?
        if case .replace(let text) = override {
            baseURL = normalizedBaseURL(text)
            publishedURL = baseURL
            if baseURL == nil { fields.fail(SourceLocation(path: "--base-url"), invalidBaseURL(text)) }
        } else if let text = fields.string("baseURL", required: true) {
            baseURL = normalizedBaseURL(text)
            publishedURL = baseURL
            let location = fields.node("baseURL").map(fields.location(of:)) ?? fields.start
            if baseURL == nil { fields.fail(location, invalidBaseURL(text)) }
            if case .origin(let origin) = override, let path = baseURL.flatMap(URLComponents.init(string:))?.path {
                baseURL = origin + path
            }
        }
        var contact = fields.mapping("contact")
        contact?.rejectUnknownKeys(["email", "phone"])
        var email = contact?.string("email")
        if let text = email, !isEmailAddress(text), let node = contact?.node("email") {
            contact?.fail(node, "'email' '\(text)' is not an e-mail address like info@example.nl")
            email = nil
        }
        var newsletter = fields.string("newsletter")
        if let text = newsletter, !isWebOrMailAddress(text), let node = fields.node("newsletter") {
            fields.fail(node, "'newsletter' '\(text)' must be a web address (https://…) or a mailto: address")
            newsletter = nil
        }
        let readability = readabilityLimits(&fields)
        var config = SiteConfig(
            title: title ?? "",
            shortTitle: fields.string("shortTitle") ?? title ?? "",
            tagline: fields.string("tagline") ?? title ?? "",
            baseURL: baseURL ?? "",
            language: fields.string("language") ?? "nl",
            description: fields.string("description") ?? "",
            contactEmail: email,
            contactPhone: contact?.string("phone"),
            newsletter: newsletter,
            feedItems: fields.positiveInt("feedItems") ?? 20,
            unsafeHTML: fields.bool("unsafeHTML") ?? false,
            languageLocation: fields.node("language").map(fields.location(of:)))
        config.readability = readability.limits
        let cms = CMSSettings.parse(&fields)
        config.cms = cms.settings
        let share = ShareSettings.parse(&fields)
        config.share = share.settings
        let words = AddressWords.parse(&fields)
        config.words = words.words
        config.share.style.siteName = config.title
        config.share.style.domain = Self.shownAddress(publishedURL ?? config.baseURL)
        let errors =
            fields.errors + (contact?.errors ?? []) + readability.errors + cms.errors + share.errors + words.errors
        if !errors.isEmpty { throw BuildFailure(errors) }
        return config
    }

    /// `www.example.nl`, or `example.org/site` for a site under a path.
    static func shownAddress(_ baseURL: String) -> String {
        guard let components = URLComponents(string: baseURL), let host = components.host else { return "" }
        let path = components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path
        return host + path
    }

    /// `http:`, `https:` or `mailto:`, as a browser reads the scheme (spaces and control
    /// characters dropped, case ignored): never `javascript:` and the like.
    static func isWebOrMailAddress(_ text: String) -> Bool {
        let scheme = String(text.unicodeScalars.filter { $0.value > 32 && $0.value != 127 }.prefix(8)).lowercased()
        return scheme.hasPrefix("https://") || scheme.hasPrefix("http://") || scheme.hasPrefix("mailto:")
    }

    private static func readabilityLimits(_ fields: inout YAMLMapping) -> (
        limits: ReadabilityLimits, errors: [BuildError]
    ) {
        var limits = ReadabilityLimits()
        guard var mapping = fields.mapping("readability") else { return (limits, []) }
        mapping.rejectUnknownKeys(["sentenceWords", "paragraphWords", "longWordPercent", "longWordSyllables"])
        limits.sentenceWords = mapping.positiveInt("sentenceWords") ?? limits.sentenceWords
        limits.paragraphWords = mapping.positiveInt("paragraphWords") ?? limits.paragraphWords
        limits.longWordPercent = mapping.positiveInt("longWordPercent") ?? limits.longWordPercent
        limits.longWordSyllables = mapping.positiveInt("longWordSyllables") ?? limits.longWordSyllables
        return (limits, mapping.errors)
    }

    /// Something `@` something, without spaces or characters that would end a `mailto:` link.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty }
            && !text.contains { $0.isWhitespace || "<>\"'():;,?#/\\".contains($0) }
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
