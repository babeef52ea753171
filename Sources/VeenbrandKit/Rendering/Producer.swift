/// One kind of output: which files of that kind the site has (its routes, as a `RouteSource`)
/// and how each is made. What a file is made from is what its producer reads of the context
/// while making it (`ReadLog`), never a list kept beside the code. Every producer is listed in
/// `Kinds.producers`: the route table is the union of their routes, and the writer asks them
/// for each file.
protocol Producer: RouteSource {
    /// The templates this kind renders with, each with the shape of its values: the theme must
    /// have them, and they are checked against the shapes.
    var templates: [TemplateUse] { get }
    /// Whether its files are made before all others, which may read their sizes (`MadeFiles`).
    var isMadeFirst: Bool { get }
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
    private let sizes: [String: Int]

    init(sizes: [String: Int]) { self.sizes = sizes }

    static let none = MadeFiles(sizes: [:])

    /// The size of the file made first at `path` (relative to the output folder), if there is
    /// one (`Read.made`).
    func size(of path: String) -> Int? {
        ReadLog.note(Read(.made, path))
        return sizes[path]
    }
}

/// A file of the site as the writer sees it: its route, its producer, and the context to make
/// it with; what making it read goes to `reads`, if it is given one.
struct OutputFile: Sendable {
    let route: Route
    let producer: any Producer
    let context: RenderContext
    private let reads: FileReads.Slot?

    /// The file at `route`, whose source is one of the producers the route table was made from.
    init(route: Route, context: RenderContext) {
        guard let producer = route.source as? any Producer else {
            preconditionFailure("\(route.source.name) makes no files")
        }
        self.init(route: route, producer: producer, context: context, reads: nil)
    }

    private init(route: Route, producer: any Producer, context: RenderContext, reads: FileReads.Slot?) {
        self.route = route
        self.producer = producer
        self.context = context
        self.reads = reads
    }

    /// The same file, whose reads go to `reads` as the file at `index`.
    func logging(into reads: FileReads, at index: Int) -> OutputFile {
        OutputFile(route: route, producer: producer, context: context, reads: reads.slot(index))
    }

    /// Path relative to the output folder, e.g. `nieuws/welkom/index.html`.
    var path: String { route.outputFile }

    /// The file's contents, made now (each call makes them again), given the sizes of the files
    /// made first; fails if a document's body can no longer be read as it was parsed.
    func contents(_ made: MadeFiles) throws(BuildError) -> OutputContents {
        guard let reads else { return try producer.contents(route, context, made: made) }
        let (result, read) = ReadLog.reads { () -> Result<OutputContents, BuildError> in
            do throws(BuildError) { return .success(try producer.contents(route, context, made: made)) } catch {
                return .failure(error)
            }
        }
        reads.keep(read)
        return try result.get()
    }
}
