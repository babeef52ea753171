import Foundation

/// The output files a rebuild keeps as they are, and where each already is, so that a producer
/// can read what such a file holds (a share card's size, for the feeds) instead of making it
/// again. The incremental layer fills it before any file is made; a full build leaves it empty.
final class KeptFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var locations: [String: String] = [:]

    /// `locations`: output file (`nieuws/a/deelkaart.png`) → the file on disk that holds it.
    func keep(_ locations: [String: String]) {
        lock.withLock { self.locations = locations }
    }

    /// Where the kept output file `path` is, or nil if this build makes it.
    func location(of path: String) -> String? {
        lock.withLock { locations[path] }
    }
}
