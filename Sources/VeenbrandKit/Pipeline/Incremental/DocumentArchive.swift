/// Writes documents to the cache file and reads them back, field by field as their kinds
/// declare them: each value with its type, each position without the document's own path.
/// Topics are written once, in a table, and named by their place in it.
struct DocumentArchiveWriter {
    var writer: ArchiveWriter
    private var topics: [Topic: Int] = [:]

    init(writer: ArchiveWriter, documents: [Document]) {
        self.writer = writer
        var table: [Topic] = []
        for document in documents {
            for topic in document.topics where topics[topic] == nil {
                topics[topic] = table.count
                table.append(topic)
            }
        }
        self.writer.add(UInt64(table.count))
        for topic in table {
            for text in [topic.name, topic.slug.value, topic.description] { self.writer.add(text) }
            self.writer.add(topic.order)
        }
    }

    mutating func add(_ document: Document) {
        writer.add(document.kind.folder)
        writer.add(document.path)
        writer.add(document.slug.value)
        add(document.slugLocation, in: document.path)
        writer.add(UInt64(document.fields.entries.count))
        for entry in document.fields.entries {
            writer.add(entry != nil)
            guard let entry else { continue }
            add(entry.value, in: document.path)
            add(entry.location(in: document.path), in: document.path)
        }
        writer.add(document.summary == document.text(.summary) ? nil : document.summary)
        writer.add(document.body.firstLine)
        writer.add(document.body.fingerprint)
        writer.add(document.body.stamp != nil)
        if let stamp = document.body.stamp { writer.add(stamp) }
    }

    private mutating func add(_ value: FieldValue, in path: String) {
        switch value {
        case .text(let text):
            writer.add(UInt64(0))
            writer.add(text)
        case .date(let date):
            writer.add(UInt64(1))
            writer.add(date)
        case .flag(let flag):
            writer.add(UInt64(2))
            writer.add(flag)
        case .number(let number):
            writer.add(UInt64(3))
            writer.add(number)
        case .topics(let topics):
            writer.add(UInt64(4))
            writer.add(UInt64(topics.count))
            for topic in topics { writer.add(UInt64(self.topics[topic]!)) }
        case .keywords(let keywords):
            writer.add(UInt64(5))
            writer.add(UInt64(keywords.count))
            for keyword in keywords {
                writer.add(keyword.name)
                writer.add(keyword.slug.value)
            }
        case .aliases(let aliases):
            writer.add(UInt64(6))
            writer.add(UInt64(aliases.count))
            for alias in aliases {
                writer.add(alias.path.url)
                add(alias.location, in: path)
            }
        }
    }

    private mutating func add(_ location: SourceLocation, in path: String) {
        writer.add(location.path == path ? nil : location.path)
        writer.add(location.line)
        writer.add(location.column)
    }
}

/// Reads what `DocumentArchiveWriter` wrote; anything that does not read back as a valid value
/// (an unknown kind, a number of fields its kind does not have, a slug or path that is no such
/// thing) fails, and the cache is not used.
struct DocumentArchiveReader {
    var reader: ArchiveReader
    private let kinds: [DocumentKind]
    private var topics: [Topic] = []

    init(reader: ArchiveReader, kinds: [DocumentKind]) throws(ArchiveReader.Malformed) {
        self.reader = reader
        self.kinds = kinds
        for _ in 0..<(try self.reader.count()) {
            topics.append(
                Topic(
                    name: try self.reader.string(), slug: try self.reader.slug(),
                    description: try self.reader.string(), order: try self.reader.int()))
        }
    }

    mutating func document() throws(ArchiveReader.Malformed) -> Document {
        let folder = try reader.string()
        guard let kind = kinds.first(where: { $0.folder == folder }) else { throw ArchiveReader.Malformed() }
        let path = try reader.string()
        let slug = try reader.slug()
        let slugLocation = try location(in: path)
        guard try reader.count() == kind.fields.count else { throw ArchiveReader.Malformed() }
        var fields = FieldValues(count: kind.fields.count)
        for position in kind.fields.indices where try reader.bool() {
            fields.entries[position] = .init(value: try value(in: path), location: try location(in: path))
        }
        let summary = try reader.optionalString()
        let firstLine = try reader.int()
        let fingerprint = try reader.fingerprint()
        let stamp = try reader.bool() ? try reader.stamp() : nil
        guard let summary = summary ?? fields.text(.summary, in: kind) else { throw ArchiveReader.Malformed() }
        return Document(
            kind: kind, path: path, slug: slug, slugLocation: slugLocation, fields: fields, summary: summary,
            body: BodyOrigin(path: path, firstLine: firstLine, fingerprint: fingerprint, stamp: stamp))
    }

    private mutating func value(in path: String) throws(ArchiveReader.Malformed) -> FieldValue {
        switch try reader.unsigned() {
        case 0: return .text(try reader.string())
        case 1: return .date(try reader.date())
        case 2: return .flag(try reader.bool())
        case 3: return .number(try reader.int())
        case 4:
            var result: [Topic] = []
            for _ in 0..<(try reader.count()) {
                let place = try reader.count()
                guard place < topics.count else { throw ArchiveReader.Malformed() }
                result.append(topics[place])
            }
            return .topics(result)
        case 5:
            var result: [Keyword] = []
            for _ in 0..<(try reader.count()) {
                result.append(Keyword(name: try reader.string(), slug: try reader.slug()))
            }
            return .keywords(result)
        case 6:
            var result: [Alias] = []
            for _ in 0..<(try reader.count()) {
                guard let alias = SitePath(checking: try reader.string()) else { throw ArchiveReader.Malformed() }
                result.append(Alias(path: alias, location: try location(in: path)))
            }
            return .aliases(result)
        default: throw ArchiveReader.Malformed()
        }
    }

    private mutating func location(in path: String) throws(ArchiveReader.Malformed) -> SourceLocation {
        SourceLocation(path: try reader.optionalString() ?? path, line: try reader.int(), column: try reader.int())
    }
}
