/// A file of the generated site: where it goes and how to make what it holds.
///
/// Contents are made when the writer asks for them, so pages stream from the templates to the
/// disk: a build holds the pages being written, not the whole rendered site.
public struct OutputFile: Sendable {
    /// Path relative to the output folder, e.g. `nieuws/welkom/index.html`.
    public let path: String
    private let make: @Sendable () -> String

    /// The file's contents, made now (each call renders again).
    public var contents: String { make() }

    init(_ sitePath: SitePath, render: @escaping @Sendable () -> String) {
        self.path = sitePath.outputFile
        self.make = render
    }

    init(_ sitePath: SitePath, _ contents: String) {
        self.init(sitePath) { contents }
    }
}

/// What the template stage produced: the files to render and write, plus files to copy.
public struct RenderedSite: Sendable {
    public let files: [OutputFile]
    public let copied: [CopiedFile]
    public let articleCount: Int
    public let pageCount: Int
    public let feedCount: Int
}
