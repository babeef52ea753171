/// Renders documents' bodies when their pages and feeds are written: a streaming build renders
/// Markdown here, file by file. Each body is read again from the site folder and must be the
/// one that was parsed; its HTML lives only as long as the page being written.
struct DocumentBodies: Sendable {
    let folder: SourceFolder
    let renderer: MarkdownRenderer
    /// Gives the site's images their sizes and copies; nil: images are left as written.
    var images: ImageMarkup? = nil

    /// Reads and renders the body at `origin`, for its page at `page` (with feed HTML, and its
    /// links and first paragraph, if asked; without the page's HTML if not `pageHTML`).
    func render(
        _ origin: BodyOrigin, page: SitePath, feedHTML: Bool = false, details: Bool = false, pageHTML: Bool = true
    )
        throws(BuildError) -> RenderedBody
    {
        let file = try folder.readDocument(origin.path)
        let changed = BuildError(path: origin.path, "the file changed while the site was being built: build again")
        if let stamp = origin.stamp, let now = file.stamp, stamp != now { throw changed }
        let text = SourceText.normalize(file.text)
        guard let parts = try? FrontMatter.split(text, path: origin.path), parts.bodyFirstLine == origin.firstLine,
            Fingerprint.of(parts.body) == origin.fingerprint
        else { throw changed }
        var body = renderer.render(
            parts.body, path: origin.path, firstLine: origin.firstLine, page: page,
            feedHTML: feedHTML, details: details, pageHTML: pageHTML)
        if let images {
            if pageHTML { body.html = images.apply(to: body.html, pictures: true) }
            body.feedHTML = body.feedHTML.map { images.apply(to: $0, pictures: false) }
        }
        return body
    }
}

extension BodyLabels {
    /// The labels from the theme's UI strings (`tableLabel`, `footnotesTitle`,
    /// `footnoteBack`), English where it has none.
    init(strings: UIStrings) {
        self.init()
        table = strings.labels["tableLabel"] ?? table
        footnotes = strings.labels["footnotesTitle"] ?? footnotes
        backToText = strings.labels["footnoteBack"] ?? backToText
    }
}
