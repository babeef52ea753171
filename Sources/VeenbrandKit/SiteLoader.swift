import Foundation

/// Reads the site folder: `content/` and `theme/`. Only this stage reads files.
public struct SiteLoader: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    static let articlesFolder = "content/nieuws"
    static let templatesFolder = "theme/templates"
    static let stringsFolder = "theme/i18n"

    public func load() throws(BuildFailure) -> SiteSources {
        var errors = ErrorCollector()
        let siteConfig = errors.collect { try read("content/site.yaml") }
        let themes = errors.collect { try read("content/themes.yaml") }
        var articles: [SourceFile] = []
        for path in list(Self.articlesFolder, extension: "md", recursive: false, errors: &errors) {
            if let file = errors.collect({ try read(path) }) { articles.append(file) }
        }
        var templates: [SourceFile] = []
        for path in list(Self.templatesFolder, extension: "mustache", recursive: true, errors: &errors) {
            if let file = errors.collect({ try read(path) }) { templates.append(file) }
        }
        var strings: [String: SourceFile] = [:]
        for path in list(Self.stringsFolder, extension: "yaml", recursive: false, errors: &errors) {
            if let file = errors.collect({ try read(path) }) {
                strings[String(path.split(separator: "/").last!.dropLast(".yaml".count))] = file
            }
        }
        let copied = copiedFiles(from: "theme/assets", to: "assets") + copiedFiles(from: "content/media", to: "media")
        try errors.check()
        return SiteSources(siteConfig: siteConfig!, themes: themes!, articles: articles, templates: templates,
                           stringsByLanguage: strings, copied: copied)
    }

    /// Reads a UTF-8 text file; a missing file or invalid UTF-8 is an error.
    func read(_ path: String) throws(BuildError) -> SourceFile {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            throw BuildError(path: path, "file is missing or cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = Self.firstInvalidUTF8(in: data)
            throw BuildError(path: path, line: line, column: column, "the file is not valid UTF-8 text: save it as UTF-8")
        }
        return SourceFile(path: path, text: text)
    }

    /// Relative paths of the files with `extension` in `folder`, sorted; a missing folder is an error.
    private func list(_ folder: String, extension: String, recursive: Bool, errors: inout ErrorCollector) -> [String] {
        let url = root.appendingPathComponent(folder)
        guard isDirectory(url) else {
            errors.add(BuildError(path: folder, "folder is missing"))
            return []
        }
        return files(in: folder, recursive: recursive).filter { $0.hasSuffix("." + `extension`) }
    }

    /// Every visible regular file under `folder`, as sorted paths relative to the site root.
    private func files(in folder: String, recursive: Bool) -> [String] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        var result: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = folder + "/" + name
            if isDirectory(root.appendingPathComponent(child)) {
                if recursive { result += files(in: child, recursive: true) }
            } else {
                result.append(child)
            }
        }
        return result
    }

    private func copiedFiles(from folder: String, to outputFolder: String) -> [CopiedFile] {
        guard isDirectory(root.appendingPathComponent(folder)) else { return [] }
        return files(in: folder, recursive: true).map { path in
            CopiedFile(source: root.appendingPathComponent(path),
                       outputFile: outputFolder + path.dropFirst(folder.count))
        }
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
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
