/// Writes a document's fields to the build cache, in the order `visitFields` lists them.
struct ArchiveFieldWriter: FieldVisitor {
    var writer: ArchiveWriter
    /// Themes are written as their place in the archive's table.
    let themes: [Topic: Int]
    /// The document's own path: a position in the same file is written without it.
    private var documentPath = ""

    init(writer: ArchiveWriter, themes: [Topic: Int]) {
        self.writer = writer
        self.themes = themes
    }

    mutating func visit(_ name: StaticString, _ value: inout String) {
        writer.add(value)
        if name.description == "path" { documentPath = value }
    }

    mutating func visit(_ name: StaticString, _ value: inout String?) { writer.add(value) }
    mutating func visit(_ name: StaticString, _ value: inout Bool) { writer.add(value) }

    mutating func visit(_ name: StaticString, _ value: inout Int?) {
        writer.add(value != nil)
        if let value { writer.add(value) }
    }

    mutating func visit(_ name: StaticString, _ value: inout Slug) { writer.add(value.value) }
    mutating func visit(_ name: StaticString, _ value: inout ArticleDate) { writer.add(value) }

    mutating func visit(_ name: StaticString, _ value: inout ArticleDate?) {
        writer.add(value != nil)
        if let value { writer.add(value) }
    }

    mutating func visit(_ name: StaticString, _ value: inout [Topic]) {
        writer.add(UInt64(value.count))
        for theme in value { writer.add(UInt64(themes[theme]!)) }
    }

    mutating func visit(_ name: StaticString, _ value: inout [Keyword]) {
        writer.add(UInt64(value.count))
        for keyword in value {
            writer.add(keyword.name)
            writer.add(keyword.slug.value)
        }
    }

    mutating func visit(_ name: StaticString, _ value: inout [Alias]) {
        writer.add(UInt64(value.count))
        for alias in value {
            writer.add(alias.path.url)
            var location = alias.location
            visit("location", &location)
        }
    }

    mutating func visit(_ name: StaticString, _ value: inout SourceLocation) {
        writer.add(value.path == documentPath ? nil : value.path)
        writer.add(value.line)
        writer.add(value.column)
    }
}

/// Reads a document's fields back from the build cache, in the order `visitFields` lists
/// them; anything that does not read back as a valid value sets `failed`.
struct ArchiveFieldReader: FieldVisitor {
    var reader: ArchiveReader
    let themes: [Topic]
    private(set) var failed = false
    private var documentPath = ""

    init(reader: ArchiveReader, themes: [Topic]) {
        self.reader = reader
        self.themes = themes
    }

    private mutating func read<T>(_ body: (inout ArchiveReader) throws(ArchiveReader.Malformed) -> T) -> T? {
        guard !failed else { return nil }
        do { return try body(&reader) } catch {
            failed = true
            return nil
        }
    }

    mutating func visit(_ name: StaticString, _ value: inout String) {
        value = read { reader throws(ArchiveReader.Malformed) in try reader.string() } ?? value
        if name.description == "path" { documentPath = value }
    }

    mutating func visit(_ name: StaticString, _ value: inout String?) {
        value = read { reader throws(ArchiveReader.Malformed) in try reader.optionalString() } ?? nil
    }
    mutating func visit(_ name: StaticString, _ value: inout Bool) {
        value = read { reader throws(ArchiveReader.Malformed) in try reader.bool() } ?? value
    }

    mutating func visit(_ name: StaticString, _ value: inout Int?) {
        value = read { reader throws(ArchiveReader.Malformed) in try reader.bool() ? try reader.int() : nil } ?? nil
    }

    mutating func visit(_ name: StaticString, _ value: inout Slug) {
        value = read { reader throws(ArchiveReader.Malformed) in try reader.slug() } ?? value
    }
    mutating func visit(_ name: StaticString, _ value: inout ArticleDate) {
        value = read { reader throws(ArchiveReader.Malformed) in try reader.date() } ?? value
    }

    mutating func visit(_ name: StaticString, _ value: inout ArticleDate?) {
        value = read { reader throws(ArchiveReader.Malformed) in try reader.bool() ? try reader.date() : nil } ?? nil
    }

    mutating func visit(_ name: StaticString, _ value: inout [Topic]) {
        let table = themes
        value =
            read { reader throws(ArchiveReader.Malformed) in
                var result: [Topic] = []
                for _ in 0..<(try reader.count()) {
                    let place = try reader.count()
                    guard place < table.count else { throw ArchiveReader.Malformed() }
                    result.append(table[place])
                }
                return result
            } ?? []
    }

    mutating func visit(_ name: StaticString, _ value: inout [Keyword]) {
        value =
            read { reader throws(ArchiveReader.Malformed) in
                var result: [Keyword] = []
                for _ in 0..<(try reader.count()) {
                    result.append(Keyword(name: try reader.string(), slug: try reader.slug()))
                }
                return result
            } ?? []
    }

    mutating func visit(_ name: StaticString, _ value: inout [Alias]) {
        guard let count = read({ reader throws(ArchiveReader.Malformed) in try reader.count() }) else { return }
        value = []
        for _ in 0..<count {
            guard
                let path = read({ reader throws(ArchiveReader.Malformed) in
                    guard let path = SitePath(checking: try reader.string()) else { throw ArchiveReader.Malformed() }
                    return path
                })
            else { return }
            var location = SourceLocation(path: "")
            visit("location", &location)
            value.append(Alias(path: path, location: location))
        }
    }

    mutating func visit(_ name: StaticString, _ value: inout SourceLocation) {
        let path = documentPath
        value =
            read { reader throws(ArchiveReader.Malformed) in
                SourceLocation(
                    path: try reader.optionalString() ?? path, line: try reader.int(), column: try reader.int())
            } ?? value
    }
}
