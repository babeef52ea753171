import Foundation

/// A text file of the site's sources, with its path relative to the site folder.
public struct SourceFile: Sendable, Equatable {
    public let path: String
    public let text: String
    /// The file's version when it was read (for articles, so a rebuild can skip it).
    public let stamp: FileStamp?

    public init(path: String, text: String, stamp: FileStamp? = nil) {
        self.path = path
        self.text = text
        self.stamp = stamp
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
///
/// Articles are listed, not read: the parser reads each through `loader` and lets its text go
/// once parsed, so a build never holds every article's text at once.
public struct SiteSources: Sendable {
    public var siteConfig: SourceFile?
    public var themes: SourceFile?
    /// The article files to read and parse (paths relative to the site folder), sorted.
    public var articles: [String]
    /// Reads the articles (and, later, their bodies again, as their pages are written).
    public let loader: SiteLoader
    public var templates: [SourceFile]
    /// The UI strings file for the site's language, chosen after site.yaml is parsed.
    public var stringsByLanguage: [String: SourceFile]
    public var copied: [CopiedFile]
    /// Files missing, unreadable, too large or not UTF-8.
    public var problems: [BuildError]
    /// Articles not read because a `BuildCache` holds them as they are (paths).
    public var reusedArticles: [String] = []
    /// Everything besides its own file that parsing and rendering an article depends on:
    /// `site.yaml`, `themes.yaml`, the base URL override.
    public var articleSettings = Fingerprint()
    /// Everything besides the articles that the pages depend on: the article settings, the
    /// templates and the UI strings.
    public var pageSettings = Fingerprint()
}
