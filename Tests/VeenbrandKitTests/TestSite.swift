import Foundation

@testable import VeenbrandKit

/// A site folder in a temporary directory: a fixture's `content/` plus the repository's
/// `theme/` (unless the fixture brings its own), built and compared by the tests.
struct TestSite {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    let root: URL
    var output: URL { root.appendingPathComponent("output") }

    /// Copies `fixture` (a folder under Tests/Fixtures) into a fresh temporary site.
    init(fixture: String) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("veenbrand-test-\(UUID().uuidString)")
        let source = TestSite.fixtures.appendingPathComponent(fixture)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["content", "theme"] {
            let from = source.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: from.path) {
                try FileManager.default.copyItem(at: from, to: root.appendingPathComponent(name))
            }
        }
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent("theme").path) {
            try FileManager.default.copyItem(
                at: TestSite.repository.appendingPathComponent("theme"),
                to: root.appendingPathComponent("theme"))
        }
    }

    /// An empty temporary site to fill with `write`.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("veenbrand-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// The format and size libvips reads in a picture's bytes (through a file: libvips tells
    /// the format by a file's contents).
    static func picture(_ data: Data) throws -> (format: String, width: Int, height: Int) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("picture-\(UUID().uuidString)")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let image = try Vips.load(file.path)
        return (Vips.format(ofFile: file.path) ?? "?", image.width, image.height)
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }

    /// The fixed "now" of test builds: 2026-01-01T00:00:00Z.
    static let now = 1_767_225_600

    @discardableResult
    func build(drafts: Bool = false, future: Bool = false, now: Int = TestSite.now) throws(BuildFailure) -> BuildSummary
    {
        try Site.build(
            BuildOptions(source: root, publication: Publication(now: now, includeDrafts: drafts, includeFuture: future))
        )
    }

    /// Every file under `folder` as relative path → bytes.
    static func tree(at folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard
            let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else {
            return result
        }
        let prefix = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            result[String(path.dropFirst(prefix.count))] = FileManager.default.contents(atPath: url.path)
        }
        return result
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

extension DocumentParser {
    /// Parses `text` as a document of `kind`, indexed as a build indexes it (summary, body).
    static func document(
        _ text: String, path: String = "content/nieuws/artikel.md", kind: DocumentKind = .articles,
        catalog: TopicCatalog? = nil
    ) throws(BuildFailure) -> Document {
        Parsing.index(try parse(text, path: path, kind: kind, catalog: catalog), stamp: nil)
    }
}

extension TemplateValue {
    /// The value at `name` (dotted: `date.iso`), looked up as a template would in this value.
    subscript(_ name: String) -> TemplateValue? {
        TemplateRenderer.lookup(TemplateName(name), in: [self])
    }

    /// The text this value writes, if it is one.
    var text: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// The items of a list (none for anything else).
    var items: [TemplateValue] {
        if case .list(let items) = self { items } else { [] }
    }
}
