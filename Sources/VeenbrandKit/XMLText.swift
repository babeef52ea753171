/// Text made safe for XML 1.0 character data and attribute values.
enum XMLText {
    /// `&`, `<`, `>`, `"` and `'` become entities; characters XML 1.0 forbids even when escaped
    /// (most control characters, U+FFFE, U+FFFF) are dropped. Works on UTF-8 bytes; text with
    /// nothing to change is returned as it is.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        var text = text
        return text.withUTF8 { input in
            var output: [UInt8] = []
            output.reserveCapacity(input.count + input.count / 8)
            var index = 0
            while index < input.count {
                let byte = input[index]
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&apos;".utf8)
                case 0xEF where index + 2 < input.count && input[index + 1] == 0xBF && input[index + 2] >= 0xBE:
                    index += 2  // U+FFFE or U+FFFF
                case 0x9, 0xA, 0xD: output.append(byte)
                case 0..<0x20: break
                default: output.append(byte)
                }
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0x9, 0xA, 0xD: false
        default: byte < 0x20
        }
    }
}
