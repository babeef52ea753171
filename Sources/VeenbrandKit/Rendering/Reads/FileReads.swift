import Foundation

/// What each file of one build read while it was made (`OutputFile.logging(into:at:)`), for
/// the incremental layer to keep: nothing for a file not made.
final class FileReads: @unchecked Sendable {
    private let lock = NSLock()
    private var reads: [[Read]?]

    init(count: Int) { reads = Array(repeating: nil, count: count) }

    /// What the file at `index` read, if it was made.
    subscript(index: Int) -> [Read]? { lock.withLock { reads[index] } }

    /// Where the file at `index` keeps its reads.
    func slot(_ index: Int) -> Slot { Slot(reads: self, index: index) }

    struct Slot: Sendable {
        let reads: FileReads
        let index: Int

        func keep(_ read: [Read]) { reads.lock.withLock { reads.reads[index] = read } }
    }
}
