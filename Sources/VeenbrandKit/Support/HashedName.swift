/// A name with its hash worked out once, where it is declared (a template's tag when the
/// template compiles, a field when it is declared): finding it in a `HashedNameTable` then
/// hashes nothing, where it is done for every page and every document.
struct HashedName: Sendable {
    let name: String
    let hash: UInt64

    /// FNV-1a over the name's UTF-8 bytes.
    init(_ name: String) {
        self.name = name
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        self.hash = hash
    }
}

/// Names and their places, found by a name's ready hash: open addressing in a table a power of
/// two in size and at most half full; a hash that matches is confirmed by the name.
struct HashedNameTable: Sendable {
    private let hashes: [UInt64]
    /// The place of the name in each cell, or -1 for an empty cell.
    private let places: [Int]
    private let names: [String]
    private let mask: Int

    /// A table of `names`, each at its place in the list.
    init(_ names: [String]) {
        var size = 2
        while size < names.count * 2 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size)
        var places = [Int](repeating: -1, count: size)
        for (place, name) in names.enumerated() {
            let key = HashedName(name)
            var cell = Int(truncatingIfNeeded: key.hash) & (size - 1)
            while places[cell] >= 0 { cell = (cell + 1) & (size - 1) }
            hashes[cell] = key.hash
            places[cell] = place
        }
        self.hashes = hashes
        self.places = places
        self.names = names
        mask = size - 1
    }

    /// The place of `key`'s name, if the table has it.
    func place(of key: HashedName) -> Int? {
        var cell = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let place = places[cell]
            if place < 0 { return nil }
            if hashes[cell] == key.hash && names[place] == key.name { return place }
            cell = (cell + 1) & mask
        }
    }
}
