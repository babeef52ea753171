import Foundation

/// The size in bytes of each share card, which a feed's `<enclosure>` must give: known from
/// the card's file when a rebuild keeps it (the incremental layer says which files are kept),
/// else from the card once made. A card a feed needs before its own file is made is made once
/// and handed to `ShareCards` for that file.
final class PictureLengths: @unchecked Sendable {
    private let lock = NSLock()
    private var lengths: [Int: Int] = [:]
    private var keptFiles: [Int: String] = [:]
    private var waiting: [Int: [UInt8]] = [:]

    /// Card `index` is already in the file at `path`, made from the same fingerprint.
    func kept(_ index: Int, at path: String) {
        lock.withLock { keptFiles[index] = path }
    }

    /// Card `index` was made now, as `bytes`.
    func made(_ index: Int, _ bytes: [UInt8]) {
        lock.withLock { lengths[index] = bytes.count }
    }

    /// The bytes of card `index` if a feed made them first.
    func takeMade(_ index: Int) -> [UInt8]? {
        lock.withLock { waiting.removeValue(forKey: index) }
    }

    /// The length of card `index`: from its kept file, or what it was made as, or made now.
    func length(of index: Int, make: () throws(BuildError) -> [UInt8]) throws(BuildError) -> Int {
        let (known, file) = lock.withLock { (lengths[index], keptFiles[index]) }
        if let known { return known }
        if let file, let size = FileStamp.of(file)?.size { return size }
        let bytes = try make()
        lock.withLock {
            lengths[index] = bytes.count
            waiting[index] = bytes
        }
        return bytes.count
    }
}
