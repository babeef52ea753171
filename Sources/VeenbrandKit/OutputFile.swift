/// A file of the generated site: where it goes and what it holds.
public struct OutputFile: Sendable, Equatable {
    /// Path relative to the output folder, e.g. `nieuws/welkom/index.html`.
    public let path: String
    public let contents: String

    init(_ sitePath: SitePath, _ contents: String) {
        self.path = sitePath.outputFile
        self.contents = contents
    }
}

/// What the template stage produced: rendered files plus files to copy.
public struct RenderedSite: Sendable {
    public let files: [OutputFile]
    public let copied: [CopiedFile]
    public let articleCount: Int
    public let pageCount: Int
    public let feedCount: Int
}
