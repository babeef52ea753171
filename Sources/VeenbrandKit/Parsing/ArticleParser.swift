import Foundation

/// Turns an article file's text into an `Article`, reporting every problem with its position.
enum ArticleParser {
    static let knownFields = [
        "title", "date", "summary", "themes", "keywords", "slug", "draft", "updated", "author", "image", "imageAlt",
        "aliases",
    ]

    /// Parses `text`, the contents of the file at `path` (relative, e.g. `content/nieuws/x.md`).
    /// Topic names are checked against `catalog`; without one (themes.yaml itself is broken)
    /// they are skipped rather than all reported as unknown.
    static func parse(_ text: String, path: String, catalog: TopicCatalog?) throws(BuildFailure)
        -> ParsedDocument<Article>
    {
        var document: DocumentFields
        document = try DocumentFields(text, path: path)
        document.fields.rejectUnknownKeys(knownFields)
        var errors = ErrorCollector()

        let title = document.fields.string("title", required: true)
        let date = document.date("date", required: true)
        let updated = document.date("updated", required: false)
        let summary = document.fields.string("summary")
        let draft = document.fields.bool("draft") ?? false
        let author = document.fields.string("author")
        let image = document.image()

        var themes: [Topic] = []
        for (name, location) in document.fields.names("themes") {
            guard let catalog else { continue }
            if let theme = errors.collect({ try catalog.theme(named: name, at: location) }), !themes.contains(theme) {
                themes.append(theme)
            }
        }
        var keywords: [Keyword] = []
        for (name, location) in document.fields.names("keywords") {
            guard let slug = Slug(name) else {
                errors.add(
                    BuildError(location, "keyword '\(name)' has no letters or digits to make a page address from"))
                continue
            }
            guard slug.fits else {
                errors.add(BuildError(location, DocumentFields.tooLong("keyword", slug)))
                continue
            }
            if !keywords.contains(where: { $0.slug == slug }) { keywords.append(Keyword(name: name, slug: slug)) }
        }
        let aliases = document.aliases()
        let slugResult = document.slug(folder: "nieuws")
        errors.add(contentsOf: document.fields.errors + document.bodyProblems)
        guard errors.errors.isEmpty, let title, let date, let (slug, slugLocation) = slugResult else {
            throw BuildFailure(errors.errors)
        }
        let article = Article(
            path: path, slug: slug, title: title, date: date, updated: updated, summary: summary, themes: themes,
            keywords: keywords, draft: draft, author: author, image: image.path, imageAlt: image.alt,
            imageLocation: image.location, aliases: aliases, slugLocation: slugLocation)
        return ParsedDocument(fields: article, body: document.parts.body, bodyFirstLine: document.parts.bodyFirstLine)
    }
}
