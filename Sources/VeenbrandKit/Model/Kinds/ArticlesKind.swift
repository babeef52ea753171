/// Articles, the movement's news: `content/nieuws/*.md`, published at `/nieuws/<slug>/` on
/// their date, in lists, feeds, topic and keyword pages and the archive.
extension DocumentKind {
    static let articles = DocumentKind(
        noun: "article", folder: "content/nieuws", isRequired: true,
        fields: [
            .title, .date, .summary, .themes, .keywords, .draft, .author, .updated, .image, .imageAlt, .slug,
            .aliases, .notes,
        ],
        word: .articles, dueField: .date,
        collection: Collection(
            label: "Artikelen", singular: "Artikel", summary: "{{title}} ({{date}})", sortedBy: ["date", "title"]))
}

extension Field {
    /// An article's date, which publishes it.
    static let date = Field(
        "date", .date, required: true, initial: .today, label: "Datum",
        hint: "De dag waarop het artikel verschijnt. Een latere dag: het wacht tot dan.", inFeeds: .published,
        meaning: "`2021-10-05`, or with a time and offset: `2021-10-05T14:30:00+02:00` (or `Z`); a date without "
            + "a time means 00:00 UTC. Impossible dates (`2021-02-31`) are errors. An article dated after the "
            + "build's \"now\" waits for its date")
}
