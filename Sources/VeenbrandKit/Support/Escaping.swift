/// Text made safe to put between tags and inside attribute values, byte by byte.
///
/// Escaping works on UTF-8 bytes, not `Character`s: a quote followed by a combining mark is one
/// `Character`, and escaping by `Character` would let it through to end an attribute value.
/// Text with nothing to change is returned as it is, without a copy.
enum Escaping {
    /// For HTML: `&`, `<`, `>`, `"` and `'` become entities.
    static func html(_ text: String) -> String { escape(text, apostrophe: "&#39;", dropsForbidden: false) }

    /// For XML 1.0 (feeds, sitemaps): the same entities, and the characters XML forbids even
    /// when escaped (most control characters, U+FFFE, U+FFFF) are dropped.
    static func xml(_ text: String) -> String { escape(text, apostrophe: "&apos;", dropsForbidden: true) }

    private static func escape(_ text: String, apostrophe: StaticString, dropsForbidden: Bool) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> [UInt8]? in
            guard var index = bytes.firstIndex(where: { needsWork($0, dropsForbidden: dropsForbidden) }) else {
                return nil
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 16 + 16)
            var runStart = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard needsWork(byte, dropsForbidden: dropsForbidden) else {
                    index += 1
                    continue
                }
                var skipped = 1
                let entity: StaticString?
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = apostrophe
                case 0xEF:  // U+FFFE and U+FFFF are dropped; other characters starting so are kept
                    guard index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE else {
                        index += 1
                        continue
                    }
                    entity = nil
                    skipped = 3
                default: entity = nil  // a control character XML forbids
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                entity?.withUTF8Buffer { output.append(contentsOf: $0) }
                index += skipped
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return output
        }
        return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    private static func needsWork(_ byte: UInt8, dropsForbidden: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0xEF, 0..<0x20: dropsForbidden && byte != 0x9 && byte != 0xA && byte != 0xD
        default: false
        }
    }
}
