/// One kind of output: which files of that kind the site has (its routes), what each is made
/// from (its fingerprint) and how it is made. Every producer is listed in `Kinds.producers`:
/// the route table is the union of their routes, and the writer asks them for each file.
protocol Producer: Sendable {
    /// What one file of this kind is called in messages: "the topics index", "a topic page".
    var name: String { get }
    /// What the build summary counts a file of this kind as.
    var kind: OutputKind { get }
    /// Top-level names of files and folders this kind uses that are no address word
    /// (`feed.xml`, `assets`): no standalone page may take them as its slug.
    var reservedNames: [String] { get }
    /// The templates this kind renders with, each with the shape of its values: the theme must
    /// have them, and they are checked against the shapes.
    var templates: [TemplateUse] { get }
    /// Whether its files are made before all others, which may read their sizes (`MadeFiles`).
    var isMadeFirst: Bool { get }
    /// The files of this kind the assembled site has, at `addresses`; `earlier` are the routes
    /// of the kinds listed before it (the sitemap, split in parts on a large site, counts them).
    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route]
    /// Everything the file at `route` is made from: the same fingerprint gives the same bytes,
    /// so a rebuild need not make the file again.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint
    /// What the file at `route` holds, made now.
    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents
    /// The same, for a kind that reads the sizes of files made before it (`made`).
    func contents(_ route: Route, _ context: RenderContext, made: MadeFiles) throws(BuildError) -> OutputContents
    /// Why there is nothing at `path` (a link's target), if it is where this kind's files are:
    /// "there is no article with slug 'twede'; did you mean '/nieuws/tweede/'?".
    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String?
}

extension Producer {
    var reservedNames: [String] { [] }
    var templates: [TemplateUse] { [] }
    var isMadeFirst: Bool { false }

    func contents(_ route: Route, _ context: RenderContext, made: MadeFiles) throws(BuildError) -> OutputContents {
        try contents(route, context)
    }

    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? { nil }
}

/// What the build summary counts a file as.
enum OutputKind: Sendable {
    case page, feed, redirect, copy, other
}

/// What an output file holds: text made now, or the bytes of a source file.
enum OutputContents: Sendable {
    case text(String)
    /// Bytes made now: an image.
    case bytes([UInt8])
    /// The file at this path, relative to the site folder.
    case copy(of: String)
}

/// The sizes in bytes of the files made before the others (`Producer.isMadeFirst`): what a
/// feed's enclosure of a share card says, known before the feed is made.
struct MadeFiles: Sendable {
    /// By the file's path relative to the output folder.
    let sizes: [String: Int]

    static let none = MadeFiles(sizes: [:])
}

/// A file of the site as the writer sees it: its route, and the context to make it with.
struct OutputFile: Sendable {
    let route: Route
    let context: RenderContext

    /// Path relative to the output folder, e.g. `nieuws/welkom/index.html`.
    var path: String { route.outputFile }

    func fingerprint() -> Fingerprint { route.producer.fingerprint(route, context) }

    /// The file's contents, made now (each call makes them again), given the sizes of the files
    /// made first; fails if a document's body can no longer be read as it was parsed.
    func contents(_ made: MadeFiles) throws(BuildError) -> OutputContents {
        try route.producer.contents(route, context, made: made)
    }
}
