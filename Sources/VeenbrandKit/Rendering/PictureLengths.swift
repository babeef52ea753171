import Foundation

/// The size in bytes of each share card, which a feed's `<enclosure>` must give: known from
/// the card's file when a rebuild keeps it (`KeptFiles`), else from the card once made. A card
/// a feed needs before its own file is made is made once and handed to `ShareCards` for that
/// file.
final class PictureLengths: @unchecked Sendable {
    private let lock = NSLock()
    private var lengths: [Int: Int] = [:]
    private var waiting: [Int: [UInt8]] = [:]

    /// Card `index` was made now, as `bytes`.
    func made(_ index: Int, _ bytes: [UInt8]) {
        lock.withLock { lengths[index] = bytes.count }
    }

    /// The bytes of card `index` if a feed made them first.
    func takeMade(_ index: Int) -> [UInt8]? {
        lock.withLock { waiting.removeValue(forKey: index) }
    }

    /// The length of card `index`: what it was made as, or its file's if this build keeps it
    /// (at `kept`), or made now.
    func length(of index: Int, kept: String?, make: () throws(BuildError) -> [UInt8]) throws(BuildError) -> Int {
        if let known = lock.withLock({ lengths[index] }) { return known }
        if let kept, let size = FileStamp.of(kept)?.size { return size }
        let bytes = try make()
        lock.withLock {
            lengths[index] = bytes.count
            waiting[index] = bytes
        }
        return bytes.count
    }
}
