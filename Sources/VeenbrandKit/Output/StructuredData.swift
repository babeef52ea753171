import Foundation

/// What search engines and link previews read of a page as schema.org JSON-LD: an article as a
/// `NewsArticle`, the home page as the movement's `Organization` and its `WebSite`.
enum StructuredData {
    /// An article's `NewsArticle`.
    static func article(_ entry: ArticleEntry, _ context: RenderContext) -> String {
        let article = entry.article
        var fields: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "description": entry.summary,
            "datePublished": article.date.description,
            "dateModified": (article.updated ?? article.date).description,
            "inLanguage": context.config.language,
            "url": context.absolute(article.sitePath),
            "mainEntityOfPage": ["@type": "WebPage", "@id": context.absolute(article.sitePath)],
            "publisher": organization(context, full: false),
        ]
        if let picture = context.pictures.picture(for: article.sitePath) { fields["image"] = [imageObject(picture)] }
        if let author = article.author { fields["author"] = ["@type": "Person", "name": author] }
        if let theme = article.themes.first { fields["articleSection"] = theme.name }
        if !article.keywords.isEmpty {
            fields["keywords"] = article.keywords.map { context.keywordNames[$0.slug] ?? $0.name }
        }
        return json(fields)
    }

    /// The home page's `Organization` and `WebSite`.
    static func home(_ context: RenderContext) -> String {
        var organization = organization(context, full: true)
        organization["@id"] = context.absolute(.root) + "#organisatie"
        let website: [String: Any] = [
            "@type": "WebSite", "name": context.config.title, "url": context.absolute(.root),
            "description": context.config.description, "inLanguage": context.config.language,
            "publisher": ["@id": context.absolute(.root) + "#organisatie"],
        ]
        return json(["@context": "https://schema.org", "@graph": [organization, website]])
    }

    private static func organization(_ context: RenderContext, full: Bool) -> [String: Any] {
        var fields: [String: Any] = [
            "@type": "Organization", "name": context.config.title, "url": context.absolute(.root),
        ]
        if let logo = context.pictures.logo { fields["logo"] = imageObject(logo) }
        guard full else { return fields }
        if let email = context.config.contactEmail { fields["email"] = email }
        if let phone = context.config.contactPhone { fields["telephone"] = phone }
        fields["description"] = context.config.description
        return fields
    }

    private static func imageObject(_ picture: SharedPicture) -> [String: Any] {
        ["@type": "ImageObject", "url": picture.url, "width": picture.width, "height": picture.height]
    }

    /// Sorted keys (the same bytes every build); `<`, `>` and `&` written as `\u003c`…, so no
    /// text can end the `<script>` it goes in. Replaced byte by byte: in UTF-8 these bytes are
    /// never part of another character, whatever mark follows them.
    private static func json(_ value: [String: Any]) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 64)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
