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
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { needsWork($0, dropsForbidden: dropsForbidden) }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16)
        output.append(contentsOf: utf8[..<first])
        var rest = Array(utf8[first...])[...]
        while let byte = rest.popFirst() {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): apostrophe.withUTF8Buffer { output.append(contentsOf: $0) }
            case 0xEF
            where dropsForbidden && rest.count >= 2 && rest[rest.startIndex] == 0xBF
                && rest[rest.startIndex + 1] >= 0xBE:
                rest = rest.dropFirst(2)  // U+FFFE or U+FFFF
            case 0x9, 0xA, 0xD: output.append(byte)
            case 0..<0x20 where dropsForbidden: break
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8, dropsForbidden: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0xEF, 0..<0x20: dropsForbidden && byte != 0x9 && byte != 0xA && byte != 0xD
        default: false
        }
    }
}
