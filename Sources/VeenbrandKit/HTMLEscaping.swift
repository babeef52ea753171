import Mustache

/// How every page template escapes `{{value}}`: `&`, `<`, `>`, `"` and `'` become entities,
/// byte by byte.
///
/// swift-mustache's own HTML escaping compares whole `Character`s, so a quote followed by a
/// combining mark (`"` + U+0301 is one `Character`) passes unescaped and ends an attribute value:
/// a title could add attributes to a tag. Escaping UTF-8 bytes has no such gap, and a value with
/// nothing to escape (most of them) is returned as it is, without a copy.
struct HTMLEscaping: MustacheContentType {
    /// The name under which the content type is registered with swift-mustache.
    static let name = "VEENBRAND_HTML"

    /// The pragma that selects this escaping, as the first line of a template; it renders
    /// nothing. Each template needs it: swift-mustache resets the escaping for every partial.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name) }}\n"

    private static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    /// Registers the content type once per process; call before compiling templates.
    static func register() { _ = registered }

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: needsEscaping) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        bytes.append(contentsOf: utf8[..<first])
        for byte in utf8[first...] {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
