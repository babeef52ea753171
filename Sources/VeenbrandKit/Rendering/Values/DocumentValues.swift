/// A document as templates see it, derived from its kind's fields: every field templates see,
/// by its name, as its type shows (a date as `{{date.long}}` and `{{date.iso}}`, topics and
/// keywords as links with `{{hasThemes}}` and `{{hasKeywords}}`, a picture as an image with
/// its size and copies, the summary as the editor's or the text's first paragraph), then what
/// its page or list adds (`url`, `html`…).
enum DocumentValues {
    /// The members `kind`'s fields give templates, in the order of its fields.
    static func members(of kind: DocumentKind) -> [TemplateShape.Member] {
        kind.fields.filter(\.inTemplates).flatMap { field -> [TemplateShape.Member] in
            switch field.type {
            case .text, .summary, .webAddress, .pictureText, .position: [.text(field.name)]
            case .date, .moment: [.object(field.name, .date)]
            case .flag: [.flag(field.name)]
            case .topics, .keywords: [.list(field.name, .termLink), .flag(hasName(field))]
            case .picture: [.object(field.name, .image)]
            case .aliases, .slug: []
            }
        }
    }

    /// The shape of `kind`'s documents with `extras` after their fields.
    static func shape(_ kind: DocumentKind, _ name: String, _ extras: [TemplateShape.Member]) -> TemplateShape {
        TemplateShape(name, members(of: kind) + extras)
    }

    /// `document` in `shape` (made by `shape(_:_:_:)` for its kind), with `extras` by name.
    static func record(
        _ document: Document, _ shape: TemplateShape, _ context: RenderContext,
        _ extras: KeyValuePairs<String, TemplateValue?>
    ) -> TemplateValue {
        .object(TemplateRecord(shape, after: values(of: document, context), extras))
    }

    /// The values of `document`'s fields, in the order of `members(of:)`.
    static func values(of document: Document, _ context: RenderContext) -> [TemplateValue] {
        document.kind.fields.filter(\.inTemplates).flatMap { field -> [TemplateValue] in
            let value = document.entry(field)?.value
            switch field.type {
            case .summary: return [.text(document.summary)]
            case .text, .webAddress, .pictureText:
                if case .text(let text)? = value { return [.text(text)] }
                return [.nothing]
            case .position:
                if case .number(let number)? = value { return [.number(number)] }
                return [.nothing]
            case .date, .moment:
                if case .date(let date)? = value { return [context.dateValue(date)] }
                return [.nothing]
            case .flag:
                if case .flag(let flag)? = value { return [.flag(flag)] }
                return [.flag(false)]
            case .topics:
                let links = document.topics.map { context.topicLink($0.slug, name: $0.name) }
                return [.list(links), .flag(!links.isEmpty)]
            case .keywords:
                let links = document.keywords.map { context.keywordLink($0) }
                return [.list(links), .flag(!links.isEmpty)]
            case .picture:
                return [context.imageValue(of: document) ?? .nothing]
            case .aliases, .slug:
                return []
            }
        }
    }

    /// `hasThemes` for `themes`: whether a list field has any item.
    static func hasName(_ field: Field) -> String { "has" + field.name.prefix(1).uppercased() + field.name.dropFirst() }
}
