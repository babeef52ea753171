import Testing

@testable import VeenbrandKit

@Suite struct TemplateSetTests {
    let folder = "theme/templates"

    func files(_ templates: [String: String]) -> [SourceFile] {
        templates.sorted { $0.key < $1.key }.map { SourceFile(path: "\(folder)/\($0.key).mustache", text: $0.value) }
    }

    var complete: [String: String] {
        Dictionary(uniqueKeysWithValues: Kinds.templates.map { ($0.name, "{{page.title}}") })
    }

    @Test func aMissingPageTemplateIsAnError() {
        var templates = complete
        templates["article"] = nil
        #expect(throws: BuildFailure.self) {
            try TemplateSet.compile(files(templates), folder: folder, required: Kinds.templates.map(\.name))
        }
        do {
            _ = try TemplateSet.compile(files(templates), folder: folder, required: Kinds.templates.map(\.name))
        } catch {
            #expect(
                error.description
                    == "theme/templates/article.mustache:1:1: template is missing: the theme must have it "
                    + "to render the site"
            )
        }
    }

    @Test func theCardTemplateIsRequiredToo() {
        var templates = complete
        templates["card"] = nil
        do {
            _ = try TemplateSet.compile(files(templates), folder: folder, required: Kinds.templates.map(\.name))
            Issue.record("compiled")
        } catch {
            #expect(
                error.description
                    == "theme/templates/card.mustache:1:1: template is missing: the theme must have it to "
                    + "render the site"
            )
        }
    }

    @Test func syntaxErrorsCarryTheTemplatePathAndLine() {
        var templates = complete
        templates["home"] = "<h1>\n{{#articles}}\n<p>{{title}}</p>\n{{/artikelen}}\n"
        do {
            _ = try TemplateSet.compile(files(templates), folder: folder, required: Kinds.templates.map(\.name))
            Issue.record("compiled")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.errors[0].location.path == "theme/templates/home.mustache")
            #expect(error.errors[0].location.line == 4)
            #expect(error.errors[0].message.contains("does not match"))
        }
    }

    @Test func unknownPartialsAndParentsAreErrors() {
        var templates = complete
        templates["404"] = "{{<layuot}}{{$content}}x{{/content}}{{/layuot}}"
        templates["topic"] = "a\n  {{> partials/kop }}"
        do {
            _ = try TemplateSet.compile(files(templates), folder: folder, required: Kinds.templates.map(\.name))
            Issue.record("compiled")
        } catch {
            #expect(
                error.description == """
                    theme/templates/404.mustache:1:1: template 'layuot' is used here but \
                    theme/templates/layuot.mustache does not exist
                    theme/templates/topic.mustache:2:3: template 'partials/kop' is used here but \
                    theme/templates/partials/kop.mustache does not exist
                    """)
        }
    }

    @Test func theRepositoryThemeCompiles() throws {
        let sources = Loading.load(SourceFolder(root: TestSite.repository), kinds: Kinds.documents)
        let templates = try TemplateSet.compile(
            sources.templates, folder: SourceFolder.templatesFolder, required: Kinds.templates.map(\.name))
        _ = templates
    }
}

@Suite struct FeedAndSitemapTests {
    @Test func xmlTextEscapesMarkupAndDropsForbiddenCharacters() {
        #expect(
            Escaping.xml("a & <b> \"c\" 'd'\u{0}\u{1B}\u{FFFE}é") == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;é")
    }

    @Test func robotsPointsToTheSitemap() {
        #expect(
            RobotsFile.text(sitemapURL: "https://example.org/sitemap.xml").contains(
                "Sitemap: https://example.org/sitemap.xml\n"))
    }

    @Test func sitemapEntriesAreEscaped() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try Site.build(
            BuildOptions(
                source: site.root, baseURL: .replace("https://e.org/a&b/"), publication: Publication(now: TestSite.now))
        )
        let xml = try String(contentsOf: site.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(xml.contains("<loc>https://e.org/a&amp;b/</loc>"))
    }
}
