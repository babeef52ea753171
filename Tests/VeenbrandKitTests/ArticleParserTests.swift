import Testing

@testable import VeenbrandKit

@Suite struct ArticleParserTests {
    let catalog = TopicCatalog(topics: [
        Topic(name: "Opstarten beweging", slug: Slug("opstart")!, description: "", order: 0),
        Topic(name: "Doe je mee?", slug: Slug("doe-je-mee")!, description: "", order: 1),
    ])

    func parse(_ text: String, path: String = "content/nieuws/artikel.md") throws(BuildFailure) -> Document {
        try DocumentParser.document(text, path: path, catalog: catalog)
    }

    func parseWithBody(_ text: String, path: String = "content/nieuws/artikel.md") throws(BuildFailure)
        -> ParsedDocument
    {
        try DocumentParser.parse(text, path: path, kind: .articles, catalog: catalog)
    }

    @Test func parsesEveryField() throws {
        let text = """
            ---
            title: Droom breed herkend
            date: 2021-06-15
            updated: 2021-07-01T10:00:00+02:00
            summary: Kort.
            themes: Opstarten beweging
            keywords: [Cliëntenraad, Bestuurders]
            slug: eigen-slug
            draft: true
            author: Redactie
            image: /media/foto.jpg
            imageAlt: Een kring van jongeren
            ---
            Tekst.
            """
        let article = try parse(text)
        #expect(article.title == "Droom breed herkend")
        #expect(article.due?.isoDay == "2021-06-15")
        #expect(article.updated?.hasTime == true)
        #expect(article.summary == "Kort.")
        #expect(article.topics.map(\.name) == ["Opstarten beweging"])
        #expect(article.keywords.map(\.slug.value) == ["clientenraad", "bestuurders"])
        #expect(article.slug.value == "eigen-slug")
        #expect(article.draft)
        #expect(article.text(.author) == "Redactie")
        #expect(article.picture?.path == "/media/foto.jpg")
        let parsed = try parseWithBody(text)
        #expect(parsed.body == "Tekst.")
        #expect(parsed.bodyFirstLine == 14)
    }

    @Test func slugDefaultsToTheFileName() throws {
        let article = try parse("---\ntitle: T\ndate: 2021-01-01\n---\n", path: "content/nieuws/Mijn Artikel.md")
        #expect(article.slug.value == "mijn-artikel")
        #expect(article.text(.summary) == nil)
    }

    @Test func keywordsDifferingInCaseOrAccentsCollapse() throws {
        let article = try parse("---\ntitle: T\ndate: 2021-01-01\nkeywords: [Cliëntenraad, clientenraad]\n---\n")
        #expect(article.keywords.map(\.name) == ["Cliëntenraad"])
    }

    @Test func yamlErrorsArePositionedInTheFile() {
        do {
            _ = try parse("---\ntitle: T\ndate: 2021-01-01\nthemes: {a\nx: y\n---\n")
            Issue.record("parsed")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].location.line == 5)
            #expect(error.errors[0].message.contains("starts at line 4"), "\(error.errors[0].message)")
        }
    }

    @Test func everyProblemInOneFileIsReported() {
        do {
            _ = try parse("---\ndate: 2021-02-30\nthemes: [Doe je mee, Opstarten beweging]\n---\n")
            Issue.record("parsed")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "content/nieuws/artikel.md:2:1: front matter has no 'title': it is required",
                    "content/nieuws/artikel.md:2:7: 'date' '2021-02-30' is impossible: 2021-02-30 does not "
                        + "exist: that month has 28 days",
                    "content/nieuws/artikel.md:3:10: unknown theme 'Doe je mee'; did you mean 'Doe je mee?'?",
                ])
        }
    }

    @Test func crlfAndByteOrderMarkSimplyWork() throws {
        let parsed = try parseWithBody("\u{FEFF}---\r\ntitle: Windows\r\ndate: 2021-01-01\r\n---\r\nTekst.\r\n")
        #expect(parsed.fields.entries[0]?.value == .text("Windows"))
        #expect(parsed.body == "Tekst.\n")
    }

    @Test(arguments: ["../uit", "/etc/passwd", "a/b", "%2E%2E%2Fx", "..\\\\x"])
    func slugsThatLeaveTheFolderAreErrors(slug: String) {
        #expect(throws: BuildFailure.self) {
            try parse("---\ntitle: T\ndate: 2021-01-01\nslug: \"\(slug)\"\n---\n")
        }
    }

    @Test func withoutACatalogThemesAreNotReportedAsUnknown() throws {
        let article = try DocumentParser.document(
            "---\ntitle: T\ndate: 2021-01-01\nthemes: [X]\n---\n", path: "a.md", catalog: nil)
        #expect(article.topics.isEmpty)
    }
}
