/// A 64-bit fingerprint of a sequence of values, the same in every run and on every machine
/// (Swift's `Hasher` is seeded per process). It tells whether the inputs of a page or the
/// sources of a build changed; it is not a cryptographic hash.
///
/// Strings are mixed eight bytes at a time (FNV-1a's multiply, then a final avalanche), with
/// their length, so `["ab", "c"]` and `["a", "bc"]` differ.
struct Fingerprint: Sendable, Hashable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    init(value: UInt64) { self.value = value }

    private static let prime: UInt64 = 0x100_0000_01b3

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* Self.prime
        value ^= value >> 29
    }

    mutating func add(_ number: Int) { mix(UInt64(bitPattern: Int64(number))) }

    mutating func add(_ flag: Bool) { mix(flag ? 0x9e37 : 0x79b9) }

    mutating func add(_ other: Fingerprint) { mix(other.value) }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: $0) }
    }

    mutating func add(_ text: Substring) {
        var text = text
        text.withUTF8 { add(bytes: $0) }
    }

    mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        mix(UInt64(bytes.count))
        var index = 0
        while index + 8 <= bytes.count {
            mix(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        while index < bytes.count {
            tail = tail << 8 | UInt64(bytes[index])
            index += 1
        }
        mix(tail)
    }

    mutating func add(_ text: String?) {
        add(text != nil)
        if let text { add(text) }
    }

    /// The fingerprint of one text.
    static func of(_ text: Substring) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.add(text)
        return fingerprint
    }

    /// The fingerprint of `parts`, in order.
    static func of(_ parts: String...) -> Fingerprint {
        var fingerprint = Fingerprint()
        for part in parts { fingerprint.add(part) }
        return fingerprint
    }

    /// The value in hexadecimal, for manifests.
    var hex: String { String(value, radix: 16) }
}
