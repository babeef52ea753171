/// What a build keeps for the next, as a file beside the output (`.<name>.cache`), so that
/// `veenbrand build` rebuilds incrementally across runs. The file names the tool and the
/// options it was made with (`key`); a cache made by another Veenbrand, with other options,
/// or unreadable, is not used, and the build starts afresh.
extension BuildMemory {
    static let archiveMagic = "veenbrand build cache 2"

    /// Where the cache of the output folder `output` is kept: `.<name>.cache` beside it.
    static func location(forOutput output: String) -> String { OutputSibling.path("cache", beside: output) }

    func archived(key: String) -> [UInt8] {
        var writer = ArchiveWriter(capacity: 256 * (articles.count + 64))
        writer.add(Self.archiveMagic)
        writer.add(key)
        writer.add(articleSettings)
        // Themes once, in a table; articles name them by their place in it.
        var themes: [Topic: Int] = [:]
        var topicList: [Topic] = []
        for entry in articles.values {
            for theme in entry.article.themes where themes[theme] == nil {
                themes[theme] = topicList.count
                topicList.append(theme)
            }
        }
        writer.add(UInt64(topicList.count))
        for theme in topicList {
            for text in [theme.name, theme.slug.value, theme.description] { writer.add(text) }
            writer.add(theme.order)
        }
        writer.add(UInt64(articles.count))
        var fields = ArchiveFieldWriter(writer: writer, themes: themes)
        for path in articles.keys.sorted() {
            let entry = articles[path]!
            var article = entry.article
            article.visitFields(&fields)
            fields.writer.add(entry.summary == article.summary ? nil : entry.summary)
            fields.writer.add(entry.body.firstLine)
            fields.writer.add(entry.body.fingerprint)
            fields.writer.add(entry.body.stamp != nil)
            if let stamp = entry.body.stamp { fields.writer.add(stamp) }
        }
        writer = fields.writer
        writer.add(related != nil)
        if let related {
            writer.add(related.source)
            writer.add(UInt64(related.lists.count))
            for list in related.lists {
                writer.add(UInt64(list.count))
                for index in list { writer.add(index) }
            }
        }
        for folder in [output, standby] {
            writer.add(folder != nil)
            guard let folder else { continue }
            writer.add(folder.folder)
            writer.add(UInt64(folder.files.count))
            for path in folder.files.keys.sorted() {
                writer.add(path)
                writer.add(folder.files[path]!)
            }
        }
        return writer.bytes
    }

    /// The memory in `bytes`, if they hold one made with `key` that reads back whole.
    static func unarchive(_ bytes: [UInt8], key: String) -> BuildMemory? {
        var reader = ArchiveReader(bytes)
        do throws(ArchiveReader.Malformed) {
            guard try reader.string() == archiveMagic, try reader.string() == key else { return nil }
            let settings = try reader.fingerprint()
            var themes: [Topic] = []
            for _ in 0..<(try reader.count()) {
                themes.append(
                    Topic(
                        name: try reader.string(), slug: try reader.slug(),
                        description: try reader.string(), order: try reader.int()))
            }
            var articles: [String: ArticleEntry] = [:]
            let count = try reader.count()
            articles.reserveCapacity(count)
            var fields = ArchiveFieldReader(reader: reader, themes: themes)
            for _ in 0..<count {
                var article = Article.blank
                article.visitFields(&fields)
                guard !fields.failed else { throw ArchiveReader.Malformed() }
                guard let summary = try fields.reader.optionalString() ?? article.summary else {
                    throw ArchiveReader.Malformed()
                }
                let (firstLine, fingerprint) = (try fields.reader.int(), try fields.reader.fingerprint())
                let stamp = try fields.reader.bool() ? try fields.reader.stamp() : nil
                let body = BodyOrigin(path: article.path, firstLine: firstLine, fingerprint: fingerprint, stamp: stamp)
                articles[article.path] = ArticleEntry(article, summary: summary, body: body)
            }
            reader = fields.reader
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
            var folders: [FolderContents?] = []
            for _ in 0..<2 {
                guard try reader.bool() else {
                    folders.append(nil)
                    continue
                }
                let folder = try reader.string()
                var files: [String: Fingerprint] = [:]
                let count = try reader.count()
                files.reserveCapacity(count)
                for _ in 0..<count { files[try reader.outputPath()] = try reader.fingerprint() }
                folders.append(FolderContents(folder: folder, files: files))
            }
            guard reader.isAtEnd else { return nil }
            return BuildMemory(
                articleSettings: settings, articles: articles, related: related, output: folders[0],
                standby: folders[1])
        } catch {
            return nil
        }
    }
}
