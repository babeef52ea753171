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
            case .aliases, .slug, .note: []
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
        // One array, filled in place: this runs for every page and every item of a list.
        var values: [TemplateValue] = []
        values.reserveCapacity(document.kind.fields.count + 2)
        for (position, field) in document.kind.fields.enumerated() where field.inTemplates {
            let value = document.fields.entries[position]?.value
            switch field.type {
            case .summary: values.append(.text(document.summary))
            case .text, .webAddress, .pictureText:
                if case .text(let text)? = value { values.append(.text(text)) } else { values.append(.nothing) }
            case .position:
                if case .number(let number)? = value { values.append(.number(number)) } else { values.append(.nothing) }
            case .date, .moment:
                if case .date(let date)? = value {
                    values.append(context.dateValue(date))
                } else {
                    values.append(.nothing)
                }
            case .flag:
                if case .flag(let flag)? = value { values.append(.flag(flag)) } else { values.append(.flag(false)) }
            case .topics:
                let links = document.topics.map { context.topicLink($0.slug, name: $0.name) }
                values += [.list(links), .flag(!links.isEmpty)]
            case .keywords:
                let links = document.keywords.map { context.keywordLink($0) }
                values += [.list(links), .flag(!links.isEmpty)]
            case .picture:
                values.append(context.imageValue(of: document) ?? .nothing)
            case .aliases, .slug, .note:
                continue
            }
        }
        return values
    }

    /// `hasThemes` for `themes`: whether a list field has any item.
    static func hasName(_ field: Field) -> String { "has" + field.name.prefix(1).uppercased() + field.name.dropFirst() }
}
