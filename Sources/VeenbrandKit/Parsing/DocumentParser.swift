/// A document's fields and its body, as parsed from its file.
struct ParsedDocument: Sendable {
    let kind: DocumentKind
    let path: String
    let slug: Slug
    let slugLocation: SourceLocation
    let fields: FieldValues
    /// The editor's summary, if any.
    let summary: String?
    /// The Markdown after the front matter: a slice of the file's text.
    let body: Substring
    /// The file line on which the body starts.
    let bodyFirstLine: Int
}

/// Turns a document's text into its fields, field by field as its kind declares them, reporting
/// every problem with its position: an unknown field, a missing required one, a value of the
/// wrong type, and what the kind's rules say of the fields together.
enum DocumentParser {
    /// Parses `text`, the contents of the file at `path` (relative, e.g. `content/nieuws/x.md`).
    /// Topic names are checked against `catalog`; without one (themes.yaml itself is broken)
    /// they are skipped rather than all reported as unknown.
    static func parse(_ text: String, path: String, kind: DocumentKind, catalog: TopicCatalog?)
        throws(BuildFailure) -> ParsedDocument
    {
        var reader = try FrontMatterReader(text, path: path)
        reader.fields.rejectUnknownKeys(kind.fields.map(\.name))
        var values = FieldValues(count: kind.fields.count)
        var slug: (Slug, SourceLocation)?
        var errors: [BuildError] = []
        for (position, field) in kind.fields.enumerated() {
            let location = reader.fields.node(field.name).map(reader.fields.location(of:)) ?? reader.fields.start
            if field.type == .slug {
                slug = reader.slug(field.name, folder: String(kind.folder.split(separator: "/").last ?? ""))
                continue
            }
            if field.type == .picture, let text = kind.fields.first(where: { $0.type == .pictureText }) {
                let picture = reader.picture(field.name, text: text.name)
                if let path = picture.path {
                    values.entries[position] = .init(value: .text(path), location: picture.location)
                    if let alt = picture.alt, let textPosition = kind.position(of: text) {
                        values.entries[textPosition] = .init(value: .text(alt), location: location)
                    }
                }
                continue
            }
            if let value = parse(field, &reader, catalog: catalog, errors: &errors) {
                values.entries[position] = .init(value: value, location: location)
            }
        }
        errors += reader.fields.errors + reader.bodyProblems
        if errors.isEmpty {
            errors += kind.rules(DocumentFields(kind: kind, values: values, start: reader.fields.start))
        }
        guard errors.isEmpty, let (slug, slugLocation) = slug else { throw BuildFailure(errors) }
        return ParsedDocument(
            kind: kind, path: path, slug: slug, slugLocation: slugLocation, fields: values,
            summary: values.text(.summary, in: kind),
            body: reader.parts.body, bodyFirstLine: reader.parts.bodyFirstLine)
    }

    /// The value of one field, or nil (with the reason recorded) if it is absent or wrong. An
    /// optional field left empty (as a CMS writes one) is absent.
    private static func parse(
        _ field: Field, _ reader: inout FrontMatterReader, catalog: TopicCatalog?, errors: inout [BuildError]
    ) -> FieldValue? {
        let name = field.name
        if !field.isRequired, let scalar = reader.fields.node(name)?.scalar, scalar.string.trimmingSpaces.isEmpty {
            return nil
        }
        switch field.type {
        case .text, .summary, .note:
            return reader.fields.string(name, required: field.isRequired).map(FieldValue.text)
        case .date, .moment:
            return reader.date(name, required: field.isRequired).map(FieldValue.date)
        case .flag:
            return reader.fields.bool(name).map(FieldValue.flag)
        case .position:
            return reader.fields.positiveInt(name).map(FieldValue.number)
        case .webAddress:
            guard let text = reader.fields.string(name, required: field.isRequired) else { return nil }
            if !isWebAddress(text), let node = reader.fields.node(name) {
                var advice = Advice(kind: .notAWebAddress, field: name, example: "\(name): https://\(text)")
                advice.value = text
                reader.fields.fail(
                    BuildError(
                        reader.fields.location(of: node),
                        "'\(name)' '\(text)' must be a web address starting with https:// or http://", advice: advice))
                return nil
            }
            return .text(text)
        case .topics:
            var topics: [Topic] = []
            for (topicName, location) in reader.fields.names(name) {
                guard let catalog else { continue }
                do throws(BuildError) {
                    let topic = try catalog.topic(named: topicName, at: location)
                    if !topics.contains(topic) { topics.append(topic) }
                } catch {
                    errors.append(error)
                }
            }
            return .topics(topics)
        case .keywords:
            var keywords: [Keyword] = []
            for (keyword, location) in reader.fields.names(name) {
                guard let slug = Slug(keyword) else {
                    errors.append(
                        BuildError(
                            location, "keyword '\(keyword)' has no letters or digits to make a page address from"))
                    continue
                }
                guard slug.fits else {
                    errors.append(BuildError(location, FrontMatterReader.tooLong("keyword", slug)))
                    continue
                }
                if !keywords.contains(where: { $0.slug == slug }) {
                    keywords.append(Keyword(name: keyword, slug: slug))
                }
            }
            return .keywords(keywords)
        case .aliases:
            return .aliases(reader.aliases(name))
        case .picture, .pictureText, .slug:
            return nil
        }
    }

    /// `https://host…` or `http://host…`, without spaces or characters that end an attribute.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return false }
        let host = lowered.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !text.contains { $0.isWhitespace || "\"<>\\".contains($0) }
    }
}
