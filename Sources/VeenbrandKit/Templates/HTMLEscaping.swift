import Mustache

/// How every page template escapes `{{value}}`: through `Escaping.html`, byte by byte.
///
/// swift-mustache's own HTML escaping compares whole `Character`s, so a quote followed by a
/// combining mark (`"` + U+0301 is one `Character`) would pass unescaped and end an attribute.
struct HTMLEscaping: MustacheContentType {
    /// The name under which the content type is registered with swift-mustache.
    static let name = "VEENBRAND_HTML"

    /// The pragma that selects this escaping, as the first line of a template; it renders
    /// nothing. Each template needs it: swift-mustache resets the escaping for every partial.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name) }}\n"

    private static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    /// Registers the content type once per process; call before compiling templates.
    static func register() { _ = registered }

    func escapeText(_ text: String) -> String { Escaping.html(text) }
}
