/// The words a rendered body carries beyond the editor's own, in the site's language: the name
/// of a table's scrolling region, the footnotes' heading and their links back to the text.
struct BodyLabels: Sendable, Hashable {
    var table = "Table"
    var footnotes = "Footnotes"
    var backToText = "Back to content"

    init() {}

    /// The page HTML cmark-gfm wrote, with each table in a region that scrolls sideways and that
    /// keyboard users can reach, and footnotes under a heading, their back links named.
    func apply(to html: String) -> String {
        var html = html
        if ByteSearch.contains("<table>", in: html) {
            let region =
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(Escaping.html(table))\">"
            html = ByteSearch.replacing("<table>", with: region + "<table>", in: html)
            html = ByteSearch.replacing("</table>", with: "</table></div>", in: html)
        }
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
}
