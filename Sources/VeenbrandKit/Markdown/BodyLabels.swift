import Foundation

/// The words a rendered body carries beyond the editor's own, in the site's language: the name
/// of a table's scrolling region, the footnotes' heading and their links back to the text.
struct BodyLabels: Sendable, Hashable {
    var table = "Table"
    var footnotes = "Footnotes"
    var backToText = "Back to content"

    init() {}

    /// Header cells a table's region is named after, at most.
    static let labelCells = 3

    /// The page HTML cmark-gfm wrote, with each table in a region that scrolls sideways and that
    /// keyboard users can reach, and footnotes under a heading, their back links named.
    func apply(to html: String) -> String {
        var html = html
        if ByteSearch.contains("<table>", in: html) { html = regions(html) }
        let footnotes = "<section class=\"footnotes\" data-footnotes>\n"
        if ByteSearch.contains(footnotes, in: html) {
            html = ByteSearch.replacing(
                footnotes,
                with: footnotes + "<h2 class=\"footnotes-title\">" + Escaping.html(self.footnotes) + "</h2>\n", in: html
            )
            html = ByteSearch.replacing(
                "aria-label=\"Back to content\"", with: "aria-label=\"\(Escaping.html(backToText))\"", in: html)
        }
        return html
    }

    /// Each table of `html` in a region of its own name: the table label and its first header
    /// cells ("Tabel: Jaar, Gesprekken, Deelnemers"), so that a screen reader's list of regions
    /// tells them apart.
    func regions(_ html: String) -> String {
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<table>") {
            result += rest[..<start.lowerBound]
            let tail = rest[start.lowerBound...]
            let end = tail.range(of: "</table>")?.upperBound ?? tail.endIndex
            let label = Escaping.html(table) + Self.headerCells(tail[..<end])
            result += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\">"
            result += tail[..<end] + "</div>"
            rest = tail[end...]
        }
        return result + rest
    }

    /// ": " and the text of the table's first header cells, as cmark-gfm escaped it (so it
    /// stays escaped in the attribute), "…" after them if there are more; "" if they are empty.
    static func headerCells(_ table: Substring) -> String {
        guard let head = table.range(of: "</thead>") else { return "" }
        let cells = table[..<head.lowerBound].components(separatedBy: "</th>").dropLast().map { cell in
            cell.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
        guard !cells.isEmpty else { return "" }
        return ": " + cells.prefix(labelCells).joined(separator: ", ") + (cells.count > labelCells ? ", …" : "")
    }
}
