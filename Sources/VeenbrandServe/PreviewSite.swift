import Foundation
import VeenbrandKit

/// The site as the preview server shows it: built into a private folder, rebuilt on demand,
/// remembering the last outcome (pages, or the errors to show instead).
public final class PreviewSite: @unchecked Sendable {
    /// The outcome of the last build.
    public enum State: Sendable {
        case built(generation: Int, summary: BuildSummary)
        case failed(generation: Int, errors: [BuildError])

        /// The number of the build, counting from 1.
        public var generation: Int {
            switch self {
            case .built(let generation, _), .failed(let generation, _): return generation
            }
        }
    }

    /// The site folder.
    public let source: URL
    /// Where the preview is built (a temporary folder, never the site's own `output/`).
    public let output: URL
    /// The server's own address (`http://127.0.0.1:1313`): the site is served there, under
    /// the path of site.yaml's `baseURL`. Set once the server knows its port.
    private var origin: String
    private let includeDrafts: Bool
    private let includeFuture: Bool
    private let maxImagePixels: Int
    private let clock: @Sendable () -> Int
    private let lock = NSLock()
    private let buildLock = NSLock()
    private var current: State = .failed(generation: 0, errors: [])
    /// What the last build read, rendered and wrote: a rebuild redoes only what changed.
    private let cache = BuildCache()

    /// - Parameters:
    ///   - origin: the server's own address, so canonical links and feeds point to the preview.
    ///   - clock: "now" for each rebuild, so scheduled articles appear when their time comes.
    public init(
        source: URL, origin: String, includeDrafts: Bool, includeFuture: Bool,
        maxImagePixels: Int = BuildOptions.defaultMaxImagePixels, clock: @escaping @Sendable () -> Int
    ) {
        self.source = source
        self.maxImagePixels = maxImagePixels
        self.origin = origin
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.clock = clock
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "veenbrand-preview-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        // Only this user may read the preview: it shows drafts.
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        output = folder.appendingPathComponent("site")
    }

    /// Serves the site from `origin` (`http://127.0.0.1:1313`) from the next build on: the server
    /// tells it once it knows its port.
    public func serve(from origin: String) {
        buildLock.withLock { self.origin = origin }
    }

    /// The outcome of the last build.
    public var state: State { lock.withLock { current } }

    /// The path the site is served under (`/`, or `/sub/` for a base URL with a path), as the
    /// last good build found it.
    public var basePath: String { lock.withLock { lastBasePath } }
    private var lastBasePath = "/"

    /// The folders whose changes call for a rebuild.
    public var watchedFolders: [URL] {
        [source.appendingPathComponent("content"), source.appendingPathComponent("theme")]
    }

    /// Builds the site again; one build at a time.
    @discardableResult
    public func rebuild() -> State {
        buildLock.withLock {
            let generation = state.generation + 1
            var options = BuildOptions(
                source: source, output: output, baseURL: .origin(origin),
                publication: Publication(now: clock(), includeDrafts: includeDrafts, includeFuture: includeFuture))
            options.maxImagePixels = maxImagePixels
            let next: State
            do {
                next = .built(generation: generation, summary: try Site.build(options, cache: cache))
            } catch let failure as BuildFailure {
                next = .failed(generation: generation, errors: failure.errors)
            } catch {
                next = .failed(generation: generation, errors: [BuildError(path: source.path, "\(error)")])
            }
            lock.withLock {
                current = next
                if case .built(_, let summary) = next { lastBasePath = summary.basePath }
            }
            return next
        }
    }

    /// What `check` found on pages of the last good build, shown at their top.
    private var notices = PreviewNotices()

    /// The notice for the page at `path` (as requested, under the base path), or nil.
    public func notice(forPage path: String) -> String? { lock.withLock { notices }.notice(forPage: path) }

    /// Checks the site as the last build made it and keeps what it finds for each page (the
    /// notices); returns whether they changed. Skipped, returning false, when the build failed
    /// or a newer one has finished since build `generation`.
    public func findNotices(after generation: Int) -> Bool {
        guard case .built = state, state.generation == generation else { return false }
        let publication = Publication(now: clock(), includeDrafts: includeDrafts, includeFuture: includeFuture)
        let report = SiteChecker.check(
            source: source, publication: publication, baseURL: .origin(buildLock.withLock { origin }),
            maxImagePixels: maxImagePixels)
        let found = PreviewNotices(report, site: source)
        return lock.withLock {
            defer { notices = found }
            return notices != found
        }
    }

    /// Removes the preview's folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
    }
}
