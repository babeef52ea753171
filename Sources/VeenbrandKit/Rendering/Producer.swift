/// One kind of output: which files of that kind the site has (its routes), what each is made
/// from (its fingerprint) and how it is made. Every producer is listed in `Producers.all`: the
/// route table is the union of their routes, and the writer asks them for each file.
protocol Producer: Sendable {
    /// What one file of this kind is called in messages: "the themes index", "a theme page".
    var name: String { get }
    /// What the build summary counts a file of this kind as.
    var kind: OutputKind { get }
    /// The top-level names of the site this kind uses (`nieuws`, `feed.xml`): no standalone
    /// page may take them as its slug.
    var reservedNames: [String] { get }
    /// The templates this kind renders with: the theme must have them.
    var templates: [String] { get }
    /// The files of this kind the assembled site has.
    func routes(_ site: SiteModel) -> [Route]
    /// The same, for a kind whose files depend on the routes of the kinds listed before it
    /// (the sitemap, split in parts on a large site). By default, `routes(site)`.
    func routes(_ site: SiteModel, listing earlier: [Route]) -> [Route]
    /// Everything the file at `route` is made from: the same fingerprint gives the same bytes,
    /// so a rebuild need not make the file again.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint
    /// What the file at `route` holds, made now.
    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents
}

extension Producer {
    func routes(_ site: SiteModel, listing earlier: [Route]) -> [Route] { routes(site) }
    var reservedNames: [String] { [] }
    var templates: [String] { [] }
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

/// A file of the site as the writer sees it: its route, and the context to make it with.
struct OutputFile: Sendable {
    let route: Route
    let context: RenderContext

    /// Path relative to the output folder, e.g. `nieuws/welkom/index.html`.
    var path: String { route.outputFile }

    func fingerprint() -> Fingerprint { route.producer.fingerprint(route, context) }

    /// The file's contents, made now (each call makes them again); fails if a document's body
    /// can no longer be read as it was parsed.
    func contents() throws(BuildError) -> OutputContents { try route.producer.contents(route, context) }
}
