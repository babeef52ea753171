/// One kind of output: which files of that kind the site has (its routes, as a `RouteSource`),
/// what each is made from (its fingerprint) and how it is made. Every producer is listed in
/// `Kinds.producers`: the route table is the union of their routes, and the writer asks them
/// for each file.
protocol Producer: RouteSource {
    /// The templates this kind renders with, each with the shape of its values: the theme must
    /// have them, and they are checked against the shapes.
    var templates: [TemplateUse] { get }
    /// Whether its files are made before all others, which may read their sizes (`MadeFiles`).
    var isMadeFirst: Bool { get }
    /// Everything the file at `route` is made from: the same fingerprint gives the same bytes,
    /// so a rebuild need not make the file again.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint
    /// What the file at `route` holds, made now.
    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents
    /// The same, for a kind that reads the sizes of files made before it (`made`).
    func contents(_ route: Route, _ context: RenderContext, made: MadeFiles) throws(BuildError) -> OutputContents
}

extension Producer {
    var templates: [TemplateUse] { [] }
    var isMadeFirst: Bool { false }

    func contents(_ route: Route, _ context: RenderContext, made: MadeFiles) throws(BuildError) -> OutputContents {
        try contents(route, context)
    }
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

/// A file of the site as the writer sees it: its route, its producer, and the context to make
/// it with.
struct OutputFile: Sendable {
    let route: Route
    let producer: any Producer
    let context: RenderContext

    /// The file at `route`, whose source is one of the producers the route table was made from.
    init(route: Route, context: RenderContext) {
        guard let producer = route.source as? any Producer else {
            preconditionFailure("\(route.source.name) makes no files")
        }
        self.route = route
        self.producer = producer
        self.context = context
    }

    /// Path relative to the output folder, e.g. `nieuws/welkom/index.html`.
    var path: String { route.outputFile }

    func fingerprint() -> Fingerprint { producer.fingerprint(route, context) }

    /// The file's contents, made now (each call makes them again), given the sizes of the files
    /// made first; fails if a document's body can no longer be read as it was parsed.
    func contents(_ made: MadeFiles) throws(BuildError) -> OutputContents {
        try producer.contents(route, context, made: made)
    }
}
