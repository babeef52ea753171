/// Goes through a document's fields one by one, reading or setting each (`inout`).
///
/// `Article.visitFields` and `Page.visitFields` are the one list of a document's fields; what
/// must cover every field goes through it: the fingerprint that tells whether pages changed
/// (`FingerprintVisitor`), the build cache's archive, both ways, and the tests that every
/// field is listed and reaches the templates. Positions in the source file are visited as
/// `SourceLocation`s: they are for messages and never show on a page.
protocol FieldVisitor {
    mutating func visit(_ name: StaticString, _ value: inout String)
    mutating func visit(_ name: StaticString, _ value: inout String?)
    mutating func visit(_ name: StaticString, _ value: inout Bool)
    mutating func visit(_ name: StaticString, _ value: inout Int?)
    mutating func visit(_ name: StaticString, _ value: inout Slug)
    mutating func visit(_ name: StaticString, _ value: inout ArticleDate)
    mutating func visit(_ name: StaticString, _ value: inout ArticleDate?)
    mutating func visit(_ name: StaticString, _ value: inout [Topic])
    mutating func visit(_ name: StaticString, _ value: inout [Keyword])
    mutating func visit(_ name: StaticString, _ value: inout [Alias])
    mutating func visit(_ name: StaticString, _ value: inout SourceLocation)
}

/// Adds every field that can show on a page to a fingerprint.
struct FingerprintVisitor: FieldVisitor {
    var fingerprint = Fingerprint()

    mutating func visit(_ name: StaticString, _ value: inout String) { fingerprint.add(value) }
    mutating func visit(_ name: StaticString, _ value: inout String?) { fingerprint.add(value) }
    mutating func visit(_ name: StaticString, _ value: inout Bool) { fingerprint.add(value) }

    mutating func visit(_ name: StaticString, _ value: inout Int?) {
        fingerprint.add(value != nil)
        fingerprint.add(value ?? 0)
    }

    mutating func visit(_ name: StaticString, _ value: inout Slug) { fingerprint.add(value.value) }

    mutating func visit(_ name: StaticString, _ value: inout ArticleDate) {
        fingerprint.add(value.description)
        fingerprint.add(value.epochSeconds)
    }

    mutating func visit(_ name: StaticString, _ value: inout ArticleDate?) { fingerprint.add(value?.description) }

    mutating func visit(_ name: StaticString, _ value: inout [Topic]) {
        fingerprint.add(value.count)
        for theme in value {
            for text in [theme.name, theme.slug.value, theme.description] { fingerprint.add(text) }
        }
    }

    mutating func visit(_ name: StaticString, _ value: inout [Keyword]) {
        fingerprint.add(value.count)
        for keyword in value {
            fingerprint.add(keyword.name)
            fingerprint.add(keyword.slug.value)
        }
    }

    mutating func visit(_ name: StaticString, _ value: inout [Alias]) {
        fingerprint.add(value.count)
        for alias in value { fingerprint.add(alias.path.url) }
    }

    mutating func visit(_ name: StaticString, _ value: inout SourceLocation) {}
}
