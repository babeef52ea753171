/// A field's value as parsed: what the editor wrote, checked and typed.
enum FieldValue: Sendable, Hashable {
    /// Text, a web address, a picture's path or its text.
    case text(String)
    /// A day or a moment (boxed: a date is larger than every other value, and every field's
    /// value would be as large).
    indirect case date(ContentDate)
    case flag(Bool)
    case number(Int)
    case topics([Topic])
    case keywords([Keyword])
    case aliases([Alias])
}

/// A document's field values, in the order of its kind's fields, each with where the editor
/// wrote it (for errors found later, such as a picture that is not a file of the site).
struct FieldValues: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        let value: FieldValue
        /// Where it was written in the document's file (kept small: every field of every
        /// document has one).
        private let line, column: Int32

        init(value: FieldValue, location: SourceLocation) {
            self.value = value
            line = Int32(clamping: location.line)
            column = Int32(clamping: location.column)
        }

        /// Where it was written, in the document's file at `path`.
        func location(in path: String) -> SourceLocation {
            SourceLocation(path: path, line: Int(line), column: Int(column))
        }
    }

    /// One entry per field of the kind; nil where the document does not have the field.
    var entries: [Entry?]

    init(count: Int) { entries = Array(repeating: nil, count: count) }

    /// The value of `field` in a document of `kind` and where it was written, if it has one.
    func entry(_ field: Field, in kind: DocumentKind) -> Entry? { kind.position(of: field).flatMap { entries[$0] } }

    func text(_ field: Field, in kind: DocumentKind) -> String? {
        if case .text(let text)? = entry(field, in: kind)?.value { text } else { nil }
    }

    func date(_ field: Field, in kind: DocumentKind) -> ContentDate? {
        if case .date(let date)? = entry(field, in: kind)?.value { date } else { nil }
    }

    /// Adds every value to `fingerprint`: when it is unchanged, so is what shows the fields.
    func add(to fingerprint: inout Fingerprint) {
        fingerprint.add(entries.count)
        for entry in entries {
            fingerprint.add(entry != nil)
            guard let value = entry?.value else { continue }
            switch value {
            case .text(let text): fingerprint.add(text)
            case .date(let date):
                fingerprint.add(date.description)
                fingerprint.add(date.epochSeconds)
            case .flag(let flag): fingerprint.add(flag)
            case .number(let number): fingerprint.add(number)
            case .topics(let topics):
                fingerprint.add(topics.count)
                for topic in topics {
                    for text in [topic.name, topic.slug.value, topic.description] { fingerprint.add(text) }
                }
            case .keywords(let keywords):
                fingerprint.add(keywords.count)
                for keyword in keywords {
                    fingerprint.add(keyword.name)
                    fingerprint.add(keyword.slug.value)
                }
            case .aliases(let aliases):
                fingerprint.add(aliases.count)
                for alias in aliases { fingerprint.add(alias.path.url) }
            }
        }
    }
}

/// A free keyword (*Trefwoord*). Keywords that differ only in case or diacritics share a slug.
struct Keyword: Sendable, Hashable {
    let name: String
    let slug: Slug
}

/// An old address of a document, from its `aliases:` field: it redirects to the document.
struct Alias: Sendable, Hashable {
    let path: SitePath
    /// Where the editor wrote it, for clash errors.
    let location: SourceLocation
}
