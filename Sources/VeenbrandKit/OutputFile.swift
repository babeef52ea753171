/// A file of the generated site: where it goes and how to make what it holds.
///
/// Contents are made when the writer asks for them, so pages stream from the templates to the
/// disk: a build holds the pages being written, not the whole rendered site.
public struct OutputFile: Sendable {
    /// Path relative to the output folder, e.g. `nieuws/welkom/index.html`.
    public let path: String
    /// Of everything the contents are made from: the same fingerprint gives the same bytes, so
    /// a rebuild need not render the file again. Nil when the file is cheap to make and compare.
    public let fingerprint: Fingerprint?
    private let make: @Sendable () throws(BuildError) -> String

    /// The file's contents, made now (each call renders again); fails if an article's body can
    /// no longer be read as it was parsed.
    public func contents() throws(BuildError) -> String { try make() }

    init(_ sitePath: SitePath, fingerprint: Fingerprint? = nil, render: @escaping @Sendable () throws(BuildError) -> String) {
        self.path = sitePath.outputFile
        self.fingerprint = fingerprint
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

    /// Every path the site has, pages and copied files.
    var paths: Set<String> { Set(files.map(\.path) + copied.map(\.outputFile)) }

    /// Each page's path and fingerprint, as a cache keeps them.
    var fingerprints: [String: Fingerprint?] {
        Dictionary(files.map { ($0.path, $0.fingerprint) }, uniquingKeysWith: { _, last in last })
    }
}
