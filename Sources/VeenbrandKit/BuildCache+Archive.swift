/// The build cache as a file, so that `veenbrand build` can rebuild incrementally across runs.
/// The file names the tool and the options it was made with (`key`); a cache made by another
/// Veenbrand, with other options, or unreadable, is not used, and the build starts afresh.
extension BuildCache {
    static let archiveMagic = "veenbrand build cache 1"

    /// Where the cache of the output folder `output` is kept: `.<name>.cache` beside it.
    static func location(forOutput output: String) -> String { OutputSibling.path("cache", beside: output) }

    func archived(key: String) -> [UInt8] {
        var writer = ArchiveWriter(capacity: 256 * (articles.count + 64))
        writer.add(Self.archiveMagic)
        writer.add(key)
        writer.add(articleSettings != nil)
        if let articleSettings { writer.add(articleSettings) }
        // Themes once, in a table; articles name them by their place in it.
        var themes: [Theme: Int] = [:]
        for entry in articles.values {
            for theme in entry.article.themes where themes[theme] == nil { themes[theme] = themes.count }
        }
        writer.add(UInt64(themes.count))
        for (theme, _) in themes.sorted(by: { $0.value < $1.value }) {
            for text in [theme.name, theme.slug.value, theme.description] { writer.add(text) }
            writer.add(theme.order)
        }
        writer.add(UInt64(articles.count))
        for entry in articles.values { Self.write(entry, themes: themes, to: &writer) }
        writer.add(related != nil)
        if let related {
            writer.add(related.source)
            writer.add(UInt64(related.lists.count))
            for list in related.lists {
                writer.add(UInt64(list.count))
                for index in list { writer.add(index) }
            }
        }
        for output in [output, standby] {
            writer.add(output != nil)
            if let output { Self.write(output, to: &writer) }
        }
        return writer.bytes
    }

    /// The cache in `bytes`, if they hold one made with `key`.
    static func unarchive(_ bytes: [UInt8], key: String) -> BuildCache? {
        var reader = ArchiveReader(bytes)
        do throws(ArchiveReader.Malformed) {
            guard try reader.string() == archiveMagic, try reader.string() == key else { return nil }
            let settings = try reader.bool() ? try reader.fingerprint() : nil
            var themes: [Theme] = []
            for _ in 0..<(try reader.count()) {
                themes.append(Theme(name: try reader.string(), slug: try readSlug(&reader),
                                    description: try reader.string(), order: try reader.int()))
            }
            var articles: [String: ArticleEntry] = [:]
            let count = try reader.count()
            articles.reserveCapacity(count)
            for _ in 0..<count {
                let entry = try readEntry(&reader, themes: themes)
                articles[entry.article.path] = entry
            }
            var related: RelatedArticles?
            if try reader.bool() {
                let source = try reader.fingerprint()
                var lists: [[Int]] = []
                for _ in 0..<(try reader.count()) {
                    var list: [Int] = []
                    for _ in 0..<(try reader.count()) { list.append(try reader.int()) }
                    lists.append(list)
                }
                related = RelatedArticles(lists: lists, source: source)
            }
            let output = try reader.bool() ? try readOutput(&reader) : nil
            let standby = try reader.bool() ? try readOutput(&reader) : nil
            guard reader.isAtEnd else { return nil }
            return BuildCache(articleSettings: settings, articles: articles, output: output, standby: standby, related: related)
        } catch {
            return nil
        }
    }

    private static func write(_ entry: ArticleEntry, themes table: [Theme: Int], to writer: inout ArchiveWriter) {
        let article = entry.article
        for text in [article.path, article.slug.value, article.title] { writer.add(text) }
        write(article.date, to: &writer)
        writer.add(article.updated != nil)
        if let updated = article.updated { write(updated, to: &writer) }
        for text in [article.summary, article.author, article.image] { writer.add(text) }
        writer.add(UInt64(article.themes.count))
        for theme in article.themes { writer.add(UInt64(table[theme]!)) }
        writer.add(UInt64(article.keywords.count))
        for keyword in article.keywords {
            writer.add(keyword.name)
            writer.add(keyword.slug.value)
        }
        writer.add(article.draft)
        writer.add(article.bodyFirstLine)
        writer.add(article.slugLocation.path == article.path ? nil : article.slugLocation.path)
        writer.add(article.slugLocation.line)
        writer.add(article.slugLocation.column)
        writer.add(entry.summary == article.summary ? nil : entry.summary)
        writer.add(entry.stamp != nil)
        if let stamp = entry.stamp { write(stamp, to: &writer) }
        writer.add(entry.bodyFingerprint)
        writer.add(entry.fingerprint)
    }

    private static func readEntry(_ reader: inout ArchiveReader, themes table: [Theme]) throws(ArchiveReader.Malformed) -> ArticleEntry {
        let (path, slug, title) = (try reader.string(), try readSlug(&reader), try reader.string())
        let date = try readDate(&reader)
        let updated = try reader.bool() ? try readDate(&reader) : nil
        let (summary, author, image) = (try reader.optionalString(), try reader.optionalString(), try reader.optionalString())
        var themes: [Theme] = []
        for _ in 0..<(try reader.count()) {
            let place = try reader.count()
            guard place < table.count else { throw ArchiveReader.Malformed() }
            themes.append(table[place])
        }
        var keywords: [Keyword] = []
        for _ in 0..<(try reader.count()) {
            keywords.append(Keyword(name: try reader.string(), slug: try readSlug(&reader)))
        }
        let draft = try reader.bool()
        let bodyFirstLine = try reader.int()
        let slugLocation = SourceLocation(path: try reader.optionalString() ?? path, line: try reader.int(), column: try reader.int())
        let article = Article(path: path, slug: slug, title: title, date: date, updated: updated, summary: summary,
                              themes: themes, keywords: keywords, draft: draft, author: author, image: image, body: "",
                              bodyFirstLine: bodyFirstLine, slugLocation: slugLocation)
        guard let entrySummary = try reader.optionalString() ?? summary else { throw ArchiveReader.Malformed() }
        let stamp = try reader.bool() ? try readStamp(&reader) : nil
        return ArticleEntry(article: article, summary: entrySummary, stamp: stamp, bodyFingerprint: try reader.fingerprint(),
                            fingerprint: try reader.fingerprint())
    }

    /// A path inside an output folder: the writer removes such files, so a damaged cache must
    /// not name one outside it.
    private static func readOutputPath(_ reader: inout ArchiveReader) throws(ArchiveReader.Malformed) -> String {
        let path = try reader.string()
        // No part may be empty, "." or "..": look at each part's length and first two bytes.
        var partLength = 0
        var dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard partLength > 0, partLength != dots || dots > 2 else { throw ArchiveReader.Malformed() }
                (partLength, dots) = (0, 0)
            } else {
                if byte == UInt8(ascii: "."), dots == partLength { dots += 1 }
                partLength += 1
            }
        }
        guard partLength > 0, partLength != dots || dots > 2 else { throw ArchiveReader.Malformed() }
        return path
    }

    private static func readSlug(_ reader: inout ArchiveReader) throws(ArchiveReader.Malformed) -> Slug {
        guard let slug = Slug(made: try reader.string()) else { throw ArchiveReader.Malformed() }
        return slug
    }

    private static func write(_ date: ArticleDate, to writer: inout ArchiveWriter) {
        for part in [date.year, date.month, date.day, date.hour, date.minute, date.second, date.offsetMinutes] { writer.add(part) }
        writer.add(date.hasTime)
    }

    private static func readDate(_ reader: inout ArchiveReader) throws(ArchiveReader.Malformed) -> ArticleDate {
        let parts = [try reader.int(), try reader.int(), try reader.int(), try reader.int(), try reader.int(), try reader.int(),
                     try reader.int()]
        guard let date = try? ArticleDate(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4],
                                          second: parts[5], offsetMinutes: parts[6], hasTime: try reader.bool()) else {
            throw ArchiveReader.Malformed()
        }
        return date
    }

    private static func write(_ stamp: FileStamp, to writer: inout ArchiveWriter) {
        for part in [stamp.size, stamp.modified, stamp.changed] { writer.add(part) }
        writer.add(UInt64(stamp.inode))
    }

    private static func readStamp(_ reader: inout ArchiveReader) throws(ArchiveReader.Malformed) -> FileStamp {
        FileStamp(size: try reader.int(), modified: try reader.int(), changed: try reader.int(), inode: UInt(try reader.unsigned()))
    }

    private static func write(_ output: Output, to writer: inout ArchiveWriter) {
        writer.add(output.folder)
        writer.add(UInt64(output.pages.count))
        for (path, fingerprint) in output.pages {
            writer.add(path)
            writer.add(fingerprint != nil)
            if let fingerprint { writer.add(fingerprint) }
        }
        writer.add(UInt64(output.copied.count))
        for (path, stamp) in output.copied {
            writer.add(path)
            write(stamp, to: &writer)
        }
    }

    private static func readOutput(_ reader: inout ArchiveReader) throws(ArchiveReader.Malformed) -> Output {
        let folder = try reader.string()
        var pages: [String: Fingerprint?] = [:]
        let count = try reader.count()
        pages.reserveCapacity(count)
        for _ in 0..<count {
            let path = try readOutputPath(&reader)
            pages[path] = try reader.bool() ? .some(try reader.fingerprint()) : .some(nil)
        }
        var copied: [String: FileStamp] = [:]
        for _ in 0..<(try reader.count()) { copied[try readOutputPath(&reader)] = try readStamp(&reader) }
        return Output(folder: folder, pages: pages, copied: copied)
    }
}
