/// The page the preview server shows instead of the site while the build fails.
public enum ErrorPage {
    /// The page for `errors`: each error on its own line, and the count.
    public static func html(_ errors: [BuildError]) -> String {
        let (count, fix) = (errors.count, errors.count == 1 ? "it" : "them")
        let items = errors.map { "<li><code>\(Escaping.html($0.description))</code></li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed – Veenbrand preview</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; \
            color: #1d1a17; }
            h1 { color: #9b1c1c; }
            li { margin: 0.5rem 0; }
            code { background: #fdf2f2; border: 1px solid #f5c2c2; padding: 0.2rem 0.4rem; border-radius: 4px; \
            white-space: pre-wrap; }
            </style>
            </head>
            <body>
            <main>
            <h1>The site could not be built</h1>
            <p>\(count) error\(count == 1 ? "" : "s"). Fix \(fix) and save: this page reloads by itself.</p>
            <ol>
            \(items)
            </ol>
            </main>
            </body>
            </html>
            """
    }
}
