import Foundation

/// The page the preview server shows instead of the site while the build fails: in the site's
/// language, each error with where it is, what to do in plain words (for the common mistakes),
/// the lines around it with the spot marked, and the one-line message CI prints.
public enum ErrorPage {
    /// Errors past this many are listed without their lines.
    static let maxExcerpts = 50

    /// The page for `errors` in the site in folder `site` (whose files the excerpts are read
    /// from, as the build reads them).
    public static func html(_ errors: [BuildError], site: URL) -> String {
        let folder = SourceFolder(root: site)
        let strings = ErrorPageStrings.load(site: folder)
        var texts: [String: String] = [:]
        func text(of path: String) -> String? {
            if let known = texts[path] { return known }
            guard !path.hasPrefix("/"), let file = try? folder.read(path, maxBytes: SourceFolder.maxDocumentBytes)
            else { return nil }
            let text = SourceText.normalize(file.text)
            texts[path] = text
            return text
        }
        let items = errors.enumerated().map { index, error in
            item(error, strings: strings, text: index < maxExcerpts ? text(of: error.location.path) : nil)
        }
        let count =
            errors.count == 1
            ? strings.required("errorPageOne") : strings.required("errorPageMany", ["count": "\(errors.count)"])
        return """
            <!DOCTYPE html>
            <html lang="\(Escaping.html(strings.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(strings.required("errorPageTitle")) – Veenbrand</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            <h1>\(strings.required("errorPageTitle"))</h1>
            <p class="count">\(count)</p>
            <ol class="errors">
            \(items.joined(separator: "\n"))
            </ol>
            </main>
            </body>
            </html>
            """
    }

    static func item(_ error: BuildError, strings: ErrorPageStrings, text: String?) -> String {
        let location = error.location
        let path = Escaping.html(location.path)
        var html = "<li>\n<h2>"
        html += strings.required(
            "errorPageWhere", ["path": path, "line": "\(location.line)", "column": "\(location.column)"])
        html += "</h2>\n"
        let advice = error.advice.flatMap { advice -> String? in
            let field = advice.field.isEmpty ? "" : "<code>\(Escaping.html(advice.field))</code>"
            let value = "<code>\(Escaping.html(advice.value))</code>"
            let suggestions = advice.suggestions.map { "<code>\(Escaping.html($0))</code>" }.joined(separator: ", ")
            return strings.text(
                advice.key,
                ["field": field, "line": advice.line.map(String.init) ?? "", "value": value, "suggestion": suggestions])
        }
        if let text {
            html += excerpt(text, line: location.line, column: location.column, path: path, strings: strings)
        }
        if let advice {
            html += "<p>\(advice)</p>\n"
            if let example = error.advice?.example, !example.isEmpty {
                html += "<pre class=\"example\" tabindex=\"0\"><code>\(Escaping.html(example))</code></pre>\n"
            }
            if let text, let line = error.advice?.line, line != location.line {
                html += excerpt(text, line: line, column: 1, path: path, strings: strings)
            }
        } else if let label = strings.text("errorPageUntranslated") {
            html += "<p>\(label) <span lang=\"en\">\(Escaping.html(error.message))</span></p>\n"
        } else {
            html += "<p lang=\"en\">\(Escaping.html(error.message))</p>\n"
        }
        if advice != nil, let label = strings.text("errorPageMessage") {
            html += "<p class=\"message\">\(label) <span lang=\"en\">\(Escaping.html(error.description))</span></p>\n"
        }
        return html + "</li>"
    }

    static func excerpt(_ text: String, line: Int, column: Int, path: String, strings: ErrorPageStrings) -> String {
        guard let excerpt = SourceExcerpt(text: text, line: line, column: column) else { return "" }
        let caption = strings.required(
            "errorPageExcerpt", ["from": "\(excerpt.firstLine)", "to": "\(excerpt.lastLine)", "path": path])
        let lines = "<pre tabindex=\"0\"><code>\(excerpt.html)</code></pre>"
        return "<figure>\n<figcaption>\(caption)</figcaption>\n\(lines)\n</figure>\n"
    }

    static let style = """
        :root { --ink: #1d1a17; --muted: #5b524a; --paper: #fffdf9; --peat: #7a2e0e; --line: #e6ddd2; \
        --soft: #f6efe6; --error: #9b1c1c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1.125rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; \
        color: var(--ink); background: var(--paper); }
        main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
        h1 { color: var(--error); font-size: clamp(1.6rem, 4vw, 2.2rem); line-height: 1.25; margin: 0 0 0.5rem; }
        .count { margin: 0 0 1.5rem; }
        ol.errors { list-style: none; padding: 0; margin: 0; }
        ol.errors > li { border-left: 4px solid var(--error); background: #fff; padding: 0.75rem 1rem; \
        margin: 0 0 1.5rem; border-radius: 0 6px 6px 0; box-shadow: 0 1px 2px rgb(0 0 0 / 8%); }
        h2 { font-size: 1.05rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
        p { margin: 0.5rem 0; }
        figure { margin: 0.75rem 0; }
        figcaption { font-size: 0.9rem; color: var(--muted); }
        pre { margin: 0.25rem 0; padding: 0.6rem 0.75rem; background: var(--soft); border: 1px solid var(--line); \
        border-radius: 4px; overflow-x: auto; font: 0.95rem/1.5 ui-monospace, "DejaVu Sans Mono", monospace; }
        pre.example { background: #eef6ee; border-color: #b9d8b9; }
        .gutter { color: var(--muted); }
        .caret { color: var(--error); font-weight: 700; }
        .tab { color: var(--error); }
        mark { background: #ffd8a8; color: var(--ink); outline: 2px solid var(--error); }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.95em; }
        .message { font-size: 0.9rem; color: var(--muted); overflow-wrap: anywhere; }
        """
}
