import Foundation

/// What `check` knows about pages that still build — a link that goes nowhere, a `#place`
/// without its heading, an image without alt text, the placeholder text of `veenbrand new` —
/// as notices the preview shows at the top of each such page, in the site's language. The
/// build never shows them.
public struct PreviewNotices: Sendable, Equatable {
    /// The notice's HTML by the page's address (`/sub/nieuws/welkom/`).
    private let byPage: [String: String]

    /// No notices.
    public init() { byPage = [:] }

    /// The notices for `report`'s documents, worded with the UI strings of the site at `site`.
    public init(_ report: CheckReport, site: URL) {
        let strings = ErrorPageStrings.load(site: SourceFolder(root: site))
        var items: [String: [String]] = [:]
        for diagnostic in report.diagnostics {
            guard let notice = diagnostic.notice, let page = report.pageOfDocument[diagnostic.file] else { continue }
            let address = "<code>\(Escaping.html(notice.address))</code>"
            let text =
                strings.text(notice.key, ["address": address, "line": "\(diagnostic.line)"])
                ?? "<span lang=\"en\">\(Escaping.html(diagnostic.message))</span>"
            let line = strings.text("noticeLine", ["line": "\(diagnostic.line)"]) ?? "line \(diagnostic.line)"
            items[page, default: []].append("<li>\(text) <small>(\(line))</small></li>")
        }
        let title = strings.text("noticeTitle") ?? "Still to fix on this page"
        byPage = items.mapValues { list in
            "<aside class=\"veenbrand-notice\" aria-label=\"\(title)\" style=\"\(Self.style)\">"
                + "<strong>\(title)</strong><ul style=\"margin: 0.25rem 0 0; padding-left: 1.25rem\">"
                + list.joined() + "</ul></aside>\n"
        }
    }

    /// The notice for the page at `path` (its address, `/nieuws/welkom/` or
    /// `/nieuws/welkom/index.html`), or nil.
    public func notice(forPage path: String) -> String? {
        let page = path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
        return byPage[page]
    }

    /// Whether any page has a notice.
    public var isEmpty: Bool { byPage.isEmpty }

    /// Readable on any theme: its own colours, a dark text on a light yellow.
    static let style =
        "display: block; margin: 0; padding: 0.75rem 1rem; background: #fff4c2; color: #1d1a17; "
        + "border-bottom: 3px solid #8a5a00; font: 1rem/1.5 system-ui, sans-serif; overflow-wrap: anywhere"
}
