import Foundation

/// What search engines and link previews read of a page as schema.org JSON-LD: an article as a
/// `NewsArticle`, an event as an `Event`, the home page as the movement's `Organization` and
/// its `WebSite`.
enum StructuredData {
    /// An article's `NewsArticle`.
    static func article(_ article: Document, _ context: RenderContext) -> String {
        let path = context.addresses.document(article)
        let date = article.due ?? .epoch
        var fields: [String: LinkedData] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": .text(headline(article.title)),
            "description": .text(article.summary),
            "datePublished": .text(date.description),
            "dateModified": .text((article.updated ?? date).description),
            "inLanguage": .text(context.config.language),
            "url": .text(context.absolute(path)),
            "mainEntityOfPage": ["@type": "WebPage", "@id": .text(context.absolute(path))],
            "publisher": .object(organization(context, full: false)),
        ]
        if let picture = context.picture(for: path) { fields["image"] = [.object(imageObject(picture))] }
        // Without a byline the movement itself is the author.
        fields["author"] =
            article.text(.author).map { ["@type": "Person", "name": .text($0)] }
            ?? .object(organization(context, full: false))
        if let topic = article.topics.first { fields["articleSection"] = .text(topic.name) }
        if !article.keywords.isEmpty {
            fields["keywords"] = .list(article.keywords.map { .text(context.keywordName($0)) })
        }
        return json(fields)
    }

    /// The longest headline search engines show (Google's limit for `headline`).
    static let headlineLimit = 110

    /// `title`, or if it is longer than `headlineLimit`, as much of it as fits before a word
    /// boundary with an ellipsis.
    static func headline(_ title: String) -> String {
        guard title.count > headlineLimit else { return title }
        let room = title.prefix(headlineLimit - 1)
        var kept = room.lastIndex(where: \.isWhitespace).map { room[..<$0] } ?? room
        // No comma or dash before the ellipsis.
        while let last = kept.last, last.isWhitespace || last.isPunctuation { kept = kept.dropLast() }
        return (kept.isEmpty ? room : kept) + "…"
    }

    /// An event's `Event`: when, where (a `Place` with its address, a `VirtualLocation`, or
    /// both), how one attends, and who organises it.
    static func event(_ event: Document, _ context: RenderContext) -> String {
        let path = context.addresses.document(event)
        let times = EventTimes(event)
        let place = event.text(.location)
        let online = event.text(.online)
        var locations: [LinkedData] = []
        if let place { locations.append(["@type": "Place", "name": .text(place), "address": .text(place)]) }
        if let online { locations.append(["@type": "VirtualLocation", "url": .text(online)]) }
        let mode =
            place != nil && online != nil
            ? "MixedEventAttendanceMode" : online != nil ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"
        var fields: [String: LinkedData] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": .text(event.title),
            "description": .text(event.summary),
            "url": .text(context.absolute(path)),
            "inLanguage": .text(context.config.language),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": .text("https://schema.org/" + mode),
            "location": locations.count == 1 ? locations[0] : .list(locations),
            "organizer": .object(organization(context, full: false)),
        ]
        if let start = times?.start { fields["startDate"] = .text(start.description) }
        if let end = times?.end { fields["endDate"] = .text(end.description) }
        if let registration = event.text(.registration) {
            fields["offers"] = ["@type": "Offer", "url": .text(registration)]
        }
        if let picture = context.picture(for: path) { fields["image"] = [.object(imageObject(picture))] }
        return json(fields)
    }

    /// The home page's `Organization` and `WebSite`.
    static func home(_ context: RenderContext) -> String {
        var organization = organization(context, full: true)
        organization["@id"] = .text(context.absolute(.root) + "#organisatie")
        let website: [String: LinkedData] = [
            "@type": "WebSite", "name": .text(context.config.title), "url": .text(context.absolute(.root)),
            "description": .text(context.config.description), "inLanguage": .text(context.config.language),
            "publisher": ["@id": .text(context.absolute(.root) + "#organisatie")],
        ]
        return json(["@context": "https://schema.org", "@graph": [.object(organization), .object(website)]])
    }

    private static func organization(_ context: RenderContext, full: Bool) -> [String: LinkedData] {
        var fields: [String: LinkedData] = [
            "@type": "Organization", "name": .text(context.config.title), "url": .text(context.absolute(.root)),
        ]
        if let logo = context.logo { fields["logo"] = .object(imageObject(logo)) }
        guard full else { return fields }
        if let email = context.config.contactEmail { fields["email"] = .text(email) }
        if let phone = context.config.contactPhone { fields["telephone"] = .text(phone) }
        fields["description"] = .text(context.config.description)
        return fields
    }

    private static func imageObject(_ picture: SharedPicture) -> [String: LinkedData] {
        [
            "@type": "ImageObject", "url": .text(picture.url), "width": .number(picture.width),
            "height": .number(picture.height),
        ]
    }

    /// Sorted keys (the same bytes every build); `<`, `>` and `&` written as `\u003c`…, so no
    /// text can end the `<script>` it goes in. Replaced byte by byte: in UTF-8 these bytes are
    /// never part of another character, whatever mark follows them.
    private static func json(_ value: [String: LinkedData]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
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

/// A JSON-LD value: text, a whole number, a list or an object.
enum LinkedData: Encodable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case text(String)
    case number(Int)
    case list([LinkedData])
    case object([String: LinkedData])

    init(stringLiteral value: String) { self = .text(value) }
    init(arrayLiteral elements: LinkedData...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, LinkedData)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .list(let items): try container.encode(items)
        case .object(let fields): try container.encode(fields)
        }
    }
}
