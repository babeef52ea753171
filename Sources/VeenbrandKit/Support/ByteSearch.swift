/// Searching and replacing in text by its UTF-8 bytes. Rendered bodies are searched for a few
/// fixed tags each; a Foundation search through each costs more than rendering it.
enum ByteSearch {
    /// Where `needle` first starts in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int = 0) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        let last = bytes.count - needle.count
        var index = from
        while index <= last {
            guard let next = bytes[index...last].firstIndex(of: first) else { return nil }
            if bytes[next..<(next + needle.count)].elementsEqual(needle) { return next }
            index = next + 1
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
}
