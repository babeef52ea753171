import Foundation

/// A text file of the site's sources, with its path relative to the site folder.
public struct SourceFile: Sendable, Equatable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A file copied into the site unchanged (theme assets, editors' media).
public struct CopiedFile: Sendable, Equatable {
    public let source: URL
    /// Path relative to the output folder, e.g. `assets/style.css`.
    public let outputFile: String
}

/// Everything the loader read: the only stage that touches the source folder. Files it could
/// not read are in `problems`, so that the parser reports them with everything else.
public struct SiteSources: Sendable {
    public var siteConfig: SourceFile?
    public var themes: SourceFile?
    public var articles: [SourceFile]
    public var templates: [SourceFile]
    /// The UI strings file for the site's language, chosen after site.yaml is parsed.
    public var stringsByLanguage: [String: SourceFile]
    public var copied: [CopiedFile]
    /// Files missing, unreadable, too large or not UTF-8.
    public var problems: [BuildError]
}
