import Foundation
import Testing
import Yams

@testable import VeenbrandKit

/// With `cms:` in site.yaml the build writes Decap CMS's admin page and configuration: every
/// front matter field with its widget, the curated themes as the only choices; and what the
/// CMS writes builds and checks clean.
@Suite struct CMSAdminTests {
    func site(cms: String = "cms:\n  repo: beweging/site\n") throws -> TestSite {
        let site = try TestSite(fixture: "sites/basic")
        let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        try site.write("content/site.yaml", config + cms)
        return site
    }

    @Test func theConfigurationListsEveryThemeAndEveryField() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.build()
        let text = try String(contentsOf: site.output.appendingPathComponent("admin/config.yml"), encoding: .utf8)
        let config = try #require(try Yams.load(yaml: text) as? [String: Any])
        let backend = try #require(config["backend"] as? [String: Any])
        #expect(backend["name"] as? String == "github" && backend["repo"] as? String == "beweging/site")
        #expect(backend["branch"] as? String == "main")
        #expect(config["publish_mode"] as? String == "simple", "one meaning of draft: the switch")
        let slug = try #require(config["slug"] as? [String: Any])
        #expect(
            slug["encoding"] as? String == "ascii" && slug["clean_accents"] as? Bool == true,
            "uploads and new entries get plain names: foto-een.jpg")
        #expect(config["media_folder"] as? String == "content/media" && config["public_folder"] as? String == "/media")
        let collections = try #require(config["collections"] as? [[String: Any]])
        #expect(
            collections.map { $0["name"] as? String } == ["nieuws", "paginas", "agenda"],
            "a collection for every kind, also one the site has no documents of yet")
        let articles = collections[0]
        #expect(articles["folder"] as? String == "content/nieuws" && articles["slug"] as? String == "{{slug}}")
        let fields = try #require(articles["fields"] as? [[String: Any]])
        let widgets = fields.map { "\($0["name"]!):\($0["widget"]!):\($0["required"]!)" }
        #expect(
            widgets == [
                "title:string:true", "date:datetime:true", "summary:text:false", "themes:select:false",
                "keywords:list:false", "draft:boolean:false", "author:string:false", "updated:datetime:false",
                "image:image:false", "imageAlt:string:false", "slug:string:false", "aliases:list:false",
                "notes:text:false",
                "body:markdown:true",
            ])
        let themes = try #require(fields.first { $0["name"] as? String == "themes" })
        #expect(themes["options"] as? [String] == ["Opstarten beweging", "Doe je mee?", "Leeg thema"])
        #expect(themes["multiple"] as? Bool == true)
        let menu = try #require(
            (collections[1]["fields"] as? [[String: Any]])?.first { $0["name"] as? String == "menu" })
        #expect(menu["widget"] as? String == "number" && menu["value_type"] as? String == "int", "menu is a number")
        let page = try String(contentsOf: site.output.appendingPathComponent("admin/index.html"), encoding: .utf8)
        #expect(
            page.contains("<script src=\"\(CMSApp.decap.script)\" integrity=\"\(CMSApp.decap.integrity)\""),
            "one exact version, with Subresource Integrity")
        #expect(page.contains("CMS.registerPreviewStyle(\"\\/assets\\/style.css\")"))
        let sitemap = try String(contentsOf: site.output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(!sitemap.contains("/admin/"), "the admin page is not for readers")
    }

    /// Theme names that YAML would read as a number, a flag or nothing stay text.
    @Test func everyTextIsQuoted() throws {
        let site = try site()
        defer { site.cleanUp() }
        let names = ["2030", "true", "null", "0x1F", ".inf", "~", "no"]
        let themes = try String(contentsOf: site.root.appendingPathComponent("content/themes.yaml"), encoding: .utf8)
        try site.write(
            "content/themes.yaml",
            themes + names.enumerated().map { "- name: \"\($0.element)\"\n  slug: t\($0.offset)\n" }.joined())
        try site.build()
        let text = try String(contentsOf: site.output.appendingPathComponent("admin/config.yml"), encoding: .utf8)
        let config = try #require(try Yams.load(yaml: text) as? [String: Any])
        let articles = try #require((config["collections"] as? [[String: Any]])?.first)
        let field = try #require((articles["fields"] as? [[String: Any]])?.first { $0["name"] as? String == "themes" })
        let options = ["Opstarten beweging", "Doe je mee?", "Leeg thema"] + names
        #expect(field["options"] as? [String] == options, "\(field["options"] ?? "none")")
        #expect(field["multiple"] as? Bool == true && field["required"] as? Bool == false)
    }

    @Test func anArticleWrittenTheWayTheCMSWritesItBuildsAndChecksClean() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.write(
            "content/nieuws/jongeren-praten-mee.md",
            """
            ---
            title: 'Jongeren praten mee: een begin'
            date: '2020-06-01'
            summary: >-
              Jongeren praten mee over de zorg
              die zij krijgen.
            themes:
              - Opstarten beweging
              - Doe je mee?
            keywords:
              - jongeren
              - medezeggenschap
            draft: false
            aliases: []
            ---
            Jongeren praten mee. Dat is **het begin**.

            """)
        try site.build()
        let page = try String(
            contentsOf: site.output.appendingPathComponent("nieuws/jongeren-praten-mee/index.html"), encoding: .utf8)
        #expect(page.contains("Jongeren praten mee: een begin"))
        let report = SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now))
        #expect(
            report.diagnostics.filter { $0.file.hasSuffix("jongeren-praten-mee.md") }.isEmpty,
            "\(report.formatted(.text))")
    }

    @Test func withoutCMSThereIsNoAdminAndABadSettingIsAnError() throws {
        let plain = try TestSite(fixture: "sites/basic")
        defer { plain.cleanUp() }
        try plain.build()
        #expect(!FileManager.default.fileExists(atPath: plain.output.appendingPathComponent("admin").path))
        for (setting, message) in [
            ("cms: true\n", "'cms'"), ("cms:\n  repo: geen repo\n", "must be a GitHub repository as owner/name"),
            ("cms:\n  branch: main\n", "has no 'repo'"),
        ] {
            let site = try site(cms: setting)
            defer { site.cleanUp() }
            #expect(throws: BuildFailure.self) { try site.build() }
            do { try site.build() } catch {
                #expect(
                    error.errors.contains { $0.location.path == "content/site.yaml" && $0.message.contains(message) })
            }
        }
    }
}
