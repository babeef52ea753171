import Foundation

/// What each file of one build read while it was made (`OutputFile.logging(into:at:)`), for
/// the incremental layer to keep: nothing for a file not made. Each read is kept once, and a
/// file's reads as their numbers here, so that ten thousand files' reads take little room.
final class FileReads: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [[Int32]?]
    private var numbers: [Read: Int32] = [:]
    /// Every read any file made, each once, by its number.
    private(set) var reads: [Read] = []

    init(count: Int) { files = Array(repeating: nil, count: count) }

    /// The numbers of what the file at `index` read (in `reads`), if it was made.
    subscript(index: Int) -> [Int32]? { lock.withLock { files[index] } }

    /// Where the file at `index` keeps its reads.
    func slot(_ index: Int) -> Slot { Slot(reads: self, index: index) }

    struct Slot: Sendable {
        let reads: FileReads
        let index: Int

        func keep(_ read: [Read]) { reads.keep(read, at: index) }
    }

    private func keep(_ read: [Read], at index: Int) {
        lock.withLock {
            files[index] = read.map { read in
                if let number = numbers[read] { return number }
                let number = Int32(reads.count)
                reads.append(read)
                numbers[read] = number
                return number
            }
        }
    }
}
