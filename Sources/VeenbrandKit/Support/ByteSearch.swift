#if canImport(Glibc)
    import Glibc
#endif

/// Searching and replacing in text by its UTF-8 bytes. Rendered bodies are searched for a few
/// fixed tags each; a Foundation search through each costs more than rendering it.
enum ByteSearch {
    /// Where `needle` first starts in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in offset(of: needle, in: haystack, from: from) }
        }
    }

    /// The same, in memory.
    static func offset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        needle.withUnsafeBufferPointer { offset(of: $0, in: haystack, from: from) }
    }

    /// The same: memchr finds the first byte's next place, memcmp checks the rest there.
    private static func offset(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0
    ) -> Int? {
        guard !needle.isEmpty, from >= 0, haystack.count - from >= needle.count else { return nil }
        let start = UnsafeRawPointer(haystack.baseAddress!)
        let last = haystack.count - needle.count
        var index = from
        while index <= last {
            guard let found = memchr(start + index, Int32(needle[0]), last - index + 1) else { return nil }
            let candidate = UnsafeRawPointer(found) - start
            if memcmp(found, needle.baseAddress!, needle.count) == 0 { return candidate }
            index = candidate + 1
        }
        return nil
    }

    static func contains(_ needle: String, in text: String) -> Bool {
        find(Array(needle.utf8), in: Array(text.utf8)) != nil
    }

    /// `text` with every `needle` replaced by `replacement`.
    static func replacing(_ needle: String, with replacement: String, in text: String) -> String {
        let bytes = Array(text.utf8)
        let needle = Array(needle.utf8)
        guard var match = find(needle, in: bytes) else { return text }
        let replacement = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var position = 0
        while true {
            out += bytes[position..<match]
            out += replacement
            position = match + needle.count
            guard let next = find(needle, in: bytes, from: position) else { break }
            match = next
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Where `needle` first is in `text`, by its bytes (a Foundation or a generic search costs more
    /// than the page it looks through); nil if nowhere.
    static func range(of needle: String, in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack in
            var needle = needle
            return needle.withUTF8 { offset(of: $0, in: haystack) }
        }
        let position: Int?
        if let found { position = found } else { position = find(Array(needle.utf8), in: Array(utf8)) }
        guard let position else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: position)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}
