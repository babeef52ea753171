import Foundation

/// Creates new source files for editors (`veenbrand new`); never replaces an existing file.
struct ContentWriter {
    let root: URL

    func create(_ path: String, contents: String) throws(BuildError) {
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw BuildError(path: path, "cannot create its folder: \(error.localizedDescription)")
        }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw BuildError(
                path: path,
                errno == EEXIST
                    ? "already exists: choose another title or edit that file"
                    : "cannot create: \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        handle.write(Data(contents.utf8))
    }
}

extension NewDocument {
    /// Makes a document of `kind` for the site at `root` and writes it; returns its path.
    /// - Parameters:
    ///   - values: fields given by name, each text or list of names (`themes`, `keywords`,
    ///     an event's `start`, `location`, `online`).
    ///   - now: the current time (seconds since 1970); `offsetSeconds`: the editor's time zone,
    ///     so "today" is the editor's today.
    public static func create(
        in root: URL, kind: Kind = .article, title: String, values: [String: [String]] = [:], now: Int,
        offsetSeconds: Int
    ) throws(BuildFailure) -> String {
        let folder = SourceFolder(root: root)
        var errors = ErrorCollector()
        let siteFile = errors.collect { try folder.read("content/site.yaml") }
        let themesFile = errors.collect { try folder.read("content/themes.yaml") }
        let config = siteFile.flatMap { file in errors.collect { try SiteConfig.parse(file.text, path: file.path) } }
        let catalog = themesFile.flatMap { file in errors.collect { try TopicCatalog.parse(file.text, path: file.path) }
        }
        let stringsFile = config.flatMap { config in
            errors.collect { try folder.read("\(SourceFolder.stringsFolder)/\(config.language).yaml") }
        }
        let strings = stringsFile.flatMap { file in errors.collect { try UIStrings.parse(file.text, path: file.path) } }
        try errors.check()
        let day: ContentDate
        do { day = try ContentDate.day(atEpochSeconds: now, offsetSeconds: offsetSeconds) } catch {
            throw BuildFailure([BuildError(path: "--now", "today's date is outside the years 0001 to 9999")])
        }
        let document = try make(
            kind.kind, title: title, values: values, day: day, catalog: catalog!, bodyHint: strings!["newArticleHint"])
        do {
            try ContentWriter(root: root).create(document.path, contents: document.text)
        } catch {
            throw BuildFailure([error])
        }
        return document.path
    }
}
