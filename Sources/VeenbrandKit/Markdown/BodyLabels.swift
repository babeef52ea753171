/// The words a rendered body carries beyond the editor's own, in the site's language: the name
/// of a table's scrolling region, the footnotes' heading and their links back to the text.
struct BodyLabels: Sendable, Hashable {
    var table = "Table"
    var footnotes = "Footnotes"
    var backToText = "Back to content"

    init() {}

    /// The labels from the theme's UI strings (`tableLabel`, `footnotesTitle`,
    /// `footnoteBack`), English where it has none.
    init(strings: UIStrings) {
        table = strings.labels["tableLabel"] ?? table
        footnotes = strings.labels["footnotesTitle"] ?? footnotes
        backToText = strings.labels["footnoteBack"] ?? backToText
    }

    /// The page HTML cmark-gfm wrote, with each table in a region that scrolls sideways and that
    /// keyboard users can reach, and footnotes under a heading, their back links named.
    func apply(to html: String) -> String {
        var html = html
        if html.contains("<table>") {
            let region =
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(Escaping.html(table))\">"
            html = html.replacingOccurrences(of: "<table>", with: region + "<table>")
                .replacingOccurrences(of: "</table>", with: "</table></div>")
        }
        if html.contains("<section class=\"footnotes\" data-footnotes>") {
            html = html.replacingOccurrences(
                of: "<section class=\"footnotes\" data-footnotes>\n",
                with: "<section class=\"footnotes\" data-footnotes>\n<h2 class=\"footnotes-title\">"
                    + Escaping.html(footnotes) + "</h2>\n"
            )
            .replacingOccurrences(
                of: "aria-label=\"Back to content\"", with: "aria-label=\"\(Escaping.html(backToText))\"")
        }
        return html
    }
}
