import Foundation
import VeenbrandKit

/// The site as the preview server shows it: built into a private folder, rebuilt on demand,
/// remembering the last outcome (pages, or the errors to show instead).
public final class PreviewSite: @unchecked Sendable {
    public enum State: Sendable {
        case built(generation: Int, summary: BuildSummary)
        case failed(generation: Int, errors: [BuildError])

        public var generation: Int {
            switch self {
            case .built(let generation, _), .failed(let generation, _): return generation
            }
        }
    }

    public let source: URL
    /// Where the preview is built (a temporary folder, never the site's own `output/`).
    public let output: URL
    private let baseURL: String
    private let includeDrafts: Bool
    private let includeFuture: Bool
    private let clock: @Sendable () -> Int
    private let lock = NSLock()
    private let buildLock = NSLock()
    private var current: State = .failed(generation: 0, errors: [])
    /// What the last build read, rendered and wrote: a rebuild redoes only what changed.
    private let cache = BuildCache()

    /// - Parameters:
    ///   - baseURL: the server's own address, so canonical links and feeds point to the preview.
    ///   - clock: "now" for each rebuild, so scheduled articles appear when their time comes.
    public init(source: URL, baseURL: String, includeDrafts: Bool, includeFuture: Bool, clock: @escaping @Sendable () -> Int) {
        self.source = source
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.clock = clock
        output = FileManager.default.temporaryDirectory
            .appendingPathComponent("veenbrand-preview-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
            .appendingPathComponent("site")
    }

    public var state: State { lock.withLock { current } }

    /// The folders whose changes call for a rebuild.
    public var watchedFolders: [URL] { [source.appendingPathComponent("content"), source.appendingPathComponent("theme")] }

    /// Builds the site again; one build at a time.
    @discardableResult
    public func rebuild() -> State {
        buildLock.withLock {
            let generation = state.generation + 1
            let options = BuildOptions(source: source, output: output, baseURL: baseURL,
                                       publication: Publication(now: clock(), includeDrafts: includeDrafts, includeFuture: includeFuture))
            let next: State
            do {
                next = .built(generation: generation, summary: try Site.build(options, cache: cache))
            } catch let failure as BuildFailure {
                next = .failed(generation: generation, errors: failure.errors)
            } catch {
                next = .failed(generation: generation, errors: [BuildError(path: source.path, "\(error)")])
            }
            lock.withLock { current = next }
            return next
        }
    }

    /// Removes the preview's folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
    }
}
