/// Turns a standalone page's text (`content/paginas/*.md`) into a `Page`, reporting every
/// problem with its position.
enum PageParser {
    static let knownFields = [
        "title", "summary", "slug", "menu", "menuTitle", "draft", "updated", "image", "imageAlt", "aliases",
    ]

    static func parse(_ text: String, path: String) throws(BuildFailure) -> ParsedDocument<Page> {
        var document: DocumentFields
        document = try DocumentFields(text, path: path)
        document.fields.rejectUnknownKeys(knownFields)
        let title = document.fields.string("title", required: true)
        let summary = document.fields.string("summary")
        let menu = document.fields.positiveInt("menu")
        let menuTitle = document.fields.string("menuTitle")
        let draft = document.fields.bool("draft") ?? false
        let updated = document.date("updated", required: false)
        let image = document.image()
        let aliases = document.aliases()
        let slugResult = document.slug(folder: "paginas")
        let problems = document.fields.errors + document.bodyProblems
        guard problems.isEmpty, let title, let (slug, slugLocation) = slugResult else { throw BuildFailure(problems) }
        let page = Page(
            path: path, slug: slug, title: title, summary: summary, menu: menu, menuTitle: menuTitle,
            draft: draft, updated: updated, image: image.path, imageAlt: image.alt,
            imageLocation: image.location, aliases: aliases, slugLocation: slugLocation)
        return ParsedDocument(fields: page, body: document.parts.body, bodyFirstLine: document.parts.bodyFirstLine)
    }
}
