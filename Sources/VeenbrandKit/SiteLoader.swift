import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the site folder: `content/` and `theme/`. Only this stage reads files.
public struct SiteLoader: Sendable {
    public let root: URL
    /// `root` as a path, to which relative paths are joined with `/`.
    let rootPath: String
    /// `root` with symbolic links resolved: every file read must lie inside it.
    private let resolvedRoot: String

    public init(root: URL) {
        self.root = root
        rootPath = root.path
        resolvedRoot = Self.realPath(root.path) ?? root.standardizedFileURL.path
    }

    static let articlesFolder = "content/nieuws"
    static let templatesFolder = "theme/templates"
    static let stringsFolder = "theme/i18n"
    /// No article is this long; a larger file is a mistake (say, a pasted image) and is not read.
    static let maxArticleBytes = 10 * 1024 * 1024

    /// Reads every source; what cannot be read is reported in `problems`, not thrown, so one
    /// run reports it together with the errors in everything that could be read.
    /// With a `cache`, an article whose file has the stamp the cache knows (and whose settings,
    /// including `settings`, are unchanged) is not read but listed in `reusedArticles`.
    /// A `scan` made just before saves looking at each article's file again.
    public func load(reusing cache: BuildCache? = nil, settings: String = "", scan: SourceScan? = nil) -> SiteSources {
        var errors = ErrorCollector()
        let siteConfig = errors.collect { try read("content/site.yaml") }
        let themes = errors.collect { try read("content/themes.yaml") }
        var articleSettings = Fingerprint()
        for part in [settings, siteConfig?.text, themes?.text] { articleSettings.add(part) }
        let reusable = cache?.reusableStamps(settings: articleSettings) ?? [:]
        let articlePaths = scan.flatMap { isDirectory(rootPath + "/" + Self.articlesFolder) ? $0.files(in: Self.articlesFolder, extension: "md") : nil }
            ?? list(Self.articlesFolder, extension: "md", recursive: false, errors: &errors)
        var articles: [String] = []
        var reused: [String] = []
        if reusable.isEmpty {
            articles = articlePaths
        } else {
            let unchanged = articlePaths.concurrentMap { path in
                reusable[path].map { (scan?.stamps[path] ?? FileStamp.of(rootPath + "/" + path)) == $0 } ?? false
            }
            for (path, isUnchanged) in zip(articlePaths, unchanged) {
                if isUnchanged { reused.append(path) } else { articles.append(path) }
            }
        }
        var pageSettings = articleSettings
        var templates: [SourceFile] = []
        for path in list(Self.templatesFolder, extension: "mustache", recursive: true, errors: &errors) {
            if let file = errors.collect({ try read(path) }) {
                templates.append(file)
                pageSettings.add(file.path)
                pageSettings.add(file.text)
            }
        }
        var strings: [String: SourceFile] = [:]
        for path in list(Self.stringsFolder, extension: "yaml", recursive: false, errors: &errors) {
            if let file = errors.collect({ try read(path) }) {
                strings[String(path.split(separator: "/").last!.dropLast(".yaml".count))] = file
                pageSettings.add(file.path)
                pageSettings.add(file.text)
            }
        }
        let copied = copiedFiles(from: "theme/assets", to: "assets", errors: &errors)
            + copiedFiles(from: "content/media", to: "media", errors: &errors)
        return SiteSources(siteConfig: siteConfig, themes: themes, articles: articles, loader: self, templates: templates,
                           stringsByLanguage: strings, copied: copied, problems: errors.errors,
                           reusedArticles: reused, articleSettings: articleSettings, pageSettings: pageSettings)
    }

    /// The cache the last build of `output` kept, if it was made with `key` and can be read.
    func buildCache(forOutput output: URL, key: String) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: BuildCache.location(forOutput: output.path)) else { return nil }
        return BuildCache.unarchive([UInt8](data), key: key)
    }

    /// The manifest of the build that made `output`, if there is one and the output exists.
    func manifest(for output: URL) -> BuildManifest? {
        guard isDirectory(output.path), let data = FileManager.default.contents(atPath: BuildManifest.location(for: output).path) else {
            return nil
        }
        return try? JSONDecoder().decode(BuildManifest.self, from: data)
    }

    /// Reads an article file (at most `maxArticleBytes`).
    func readArticle(_ path: String) throws(BuildError) -> SourceFile {
        try read(path, maxBytes: Self.maxArticleBytes)
    }

    /// Reads a UTF-8 text file; a missing file, one over `maxBytes`, one linking out of the
    /// site, or invalid UTF-8 is an error.
    func read(_ path: String, maxBytes: Int = .max) throws(BuildError) -> SourceFile {
        try refuseLinkOutOfSite(path)
        let descriptor = open(rootPath + "/" + path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BuildError(path: path, "file is missing or cannot be read") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw BuildError(path: path, "file is missing or cannot be read")
        }
        let size = Int(status.st_size)
        if size > maxBytes {
            throw BuildError(path: path, "the file is \(Self.megabytes(size)) MB; an article may be at most \(Self.megabytes(maxBytes)) MB (images and documents belong in content/media/)")
        }
        guard let bytes = Self.readAll(descriptor, expected: size) else {
            throw BuildError(path: path, "file is missing or cannot be read")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = Self.firstInvalidUTF8(in: Data(bytes))
            throw BuildError(path: path, line: line, column: column, "the file is not valid UTF-8 text: save it as UTF-8")
        }
        return SourceFile(path: path, text: text, stamp: FileStamp(status))
    }

    /// The bytes of an open file, read to its end (which may differ from `expected`).
    private static func readAll(_ descriptor: Int32, expected: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: Swift.max(expected, 4096))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let result = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Relative paths of the files with `extension` in `folder`, sorted; a missing folder is an error.
    private func list(_ folder: String, extension: String, recursive: Bool, errors: inout ErrorCollector) -> [String] {
        guard isDirectory(rootPath + "/" + folder) else {
            errors.add(BuildError(path: folder, "folder is missing"))
            return []
        }
        return files(in: folder, recursive: recursive).filter { $0.hasSuffix("." + `extension`) }
    }

    /// Every visible regular file under `folder`, as sorted paths relative to the site root.
    func files(in folder: String, recursive: Bool) -> [String] {
        guard let directory = opendir(rootPath + "/" + folder) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard !name.hasPrefix(".") else { continue }
            let type = entry.pointee.d_type
            let isFolder = type == UInt8(DT_DIR)
                || (type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK)) && isDirectory(rootPath + "/" + folder + "/" + name)
            entries.append((name, isFolder))
        }
        var result: [String] = []
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let child = folder + "/" + entry.name
            if entry.isFolder {
                if recursive { result += files(in: child, recursive: true) }
            } else {
                result.append(child)
            }
        }
        return result
    }

    private func copiedFiles(from folder: String, to outputFolder: String, errors: inout ErrorCollector) -> [CopiedFile] {
        guard isDirectory(rootPath + "/" + folder) else { return [] }
        return files(in: folder, recursive: true).compactMap { path in
            guard errors.collect({ try refuseLinkOutOfSite(path) }) != nil else { return nil }
            return CopiedFile(source: root.appendingPathComponent(path), outputFile: outputFolder + path.dropFirst(folder.count))
        }
    }

    /// A symbolic link that leads out of the site folder would publish a file nobody put in
    /// the site (say, `/etc/passwd`): it is an error.
    private func refuseLinkOutOfSite(_ path: String) throws(BuildError) {
        guard let target = Self.realPath(rootPath + "/" + path) else { return }  // missing: reported by the reader
        if !target.hasPrefix(resolvedRoot + "/") {
            throw BuildError(path: path, "the file is a link to \(target), outside the site folder: copy the file into the site instead")
        }
    }

    /// `path` with every symbolic link resolved, or nil if it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }

    func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Line and column (1-based, in bytes) of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && index + length <= bytes.count
                && bytes[(index + 1)..<(index + length)].allSatisfy { $0 >> 6 == 0b10 }
                && String(bytes: bytes[index..<(index + length)], encoding: .utf8) != nil
            if !valid { return (line, index - lineStart + 1) }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return (line, 1)
    }
}
