import Foundation
import Testing
import Yams

@testable import VeenbrandKit

/// What the CMS writes builds and checks clean: for every collection of the generated
/// configuration, a document made from its fields, their defaults and the media folder it
/// gives, at the root of a host and under a path (a GitHub project site).
@Suite struct CMSWrittenDocumentsTests {
    /// What an editor types into a widget, by field name where the kind needs a form.
    nonisolated(unsafe) static let typed: [String: Any] = [
        "online": "https://example.org/live", "registration": "https://example.org/aanmelden",
        "imageAlt": "Een groep jongeren", "location": "Utrecht", "keywords": ["jongeren"],
        "start": "2021-11-25T20:30:00+01:00", "end": "2021-11-25T21:15:00+01:00",
    ]

    /// The front matter the CMS writes for `collection`: each field's default, else what an
    /// editor types, with the picture taken from the media library (`public_folder`).
    static func frontMatter(_ collection: [String: Any], publicFolder: String, draft: Bool) -> Node.Mapping {
        var pairs: [(Node, Node)] = []
        for field in collection["fields"] as? [[String: Any]] ?? [] {
            guard let name = field["name"] as? String, name != "body" else { continue }
            let value: Any
            if name == "draft" {
                value = draft
            } else if let given = typed[name] {
                value = given
            } else if let initial = field["default"] {
                value = initial
            } else {
                switch field["widget"] as? String {
                case "datetime": value = "2020-06-01"
                case "number": value = 2
                case "select": value = [(field["options"] as? [String])?.first ?? ""]
                case "list": value = ["/oud-\(collection["name"]!)/"]
                case "image": value = publicFolder + "/foto.jpg"
                case "boolean": value = false
                case "string" where name == "slug": value = "uit-het-beheer"
                default: value = "Geschreven in het beheer: een zin."
                }
            }
            pairs.append((Node(name), node(value)))
        }
        return Node.Mapping(pairs)
    }

    static func node(_ value: Any) -> Node {
        switch value {
        case let flag as Bool: Node(flag ? "true" : "false", Tag(.bool))
        case let number as Int: Node(String(number), Tag(.int))
        case let list as [String]: Node(list.map { Node($0, Tag(.str), .doubleQuoted) })
        default: Node("\(value)", Tag(.str), .doubleQuoted)
        }
    }

    static func site(baseURL: String, app: String) throws -> TestSite {
        let site = try TestSite(fixture: "sites/basic")
        let path = site.root.appendingPathComponent("content/site.yaml")
        let config = try String(contentsOf: path, encoding: .utf8)
            .replacingOccurrences(of: "baseURL: https://example.org/", with: "baseURL: \(baseURL)")
        try site.write("content/site.yaml", config + "cms:\n  repo: beweging/site\n  app: \(app)\n")
        return site
    }

    @Test(arguments: [("https://example.org/", "decap"), ("https://beweging.github.io/site/", "sveltia")])
    func everyCollectionWrittenFromItsFieldsBuildsAndChecksClean(baseURL: String, app: String) throws {
        let site = try Self.site(baseURL: baseURL, app: app)
        defer { site.cleanUp() }
        try site.build()
        let text = try String(contentsOf: site.output.appendingPathComponent("admin/config.yml"), encoding: .utf8)
        let config = try #require(try Yams.load(yaml: text) as? [String: Any])
        let publicFolder = try #require(config["public_folder"] as? String)
        #expect(publicFolder == "/media", "as editors write every address: from the site's root")
        let collections = try #require(config["collections"] as? [[String: Any]])
        for collection in collections {
            let folder = try #require(collection["folder"] as? String)
            let draftField = (collection["fields"] as? [[String: Any]])?.first { $0["name"] as? String == "draft" }
            #expect(draftField?["default"] as? Bool == true, "a new entry is a draft until the editor unticks it")
            let frontMatter = try Yams.serialize(
                node: .mapping(Self.frontMatter(collection, publicFolder: publicFolder, draft: false)),
                allowUnicode: true)
            let body = "Met een foto: ![Een groep jongeren](\(publicFolder)/foto.jpg)\n"
            try site.write("\(folder)/uit-het-beheer.md", "---\n\(frontMatter)---\n\(body)")
        }
        try site.build()
        let report = SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now))
        #expect(
            report.diagnostics.filter { $0.file.hasSuffix("uit-het-beheer.md") && $0.severity == .error }.isEmpty,
            "\(report.formatted(.text))")
        let base = SiteBase(url: baseURL)
        let article = try String(
            contentsOf: site.output.appendingPathComponent("nieuws/uit-het-beheer/index.html"), encoding: .utf8)
        #expect(
            article.contains("<img src=\"\(base.path)media/foto.jpg\" alt=\"Een groep jongeren\" width="),
            "the body's picture is found, with its size")
        let page = try String(contentsOf: site.output.appendingPathComponent("admin/index.html"), encoding: .utf8)
        let chosen = try #require(CMSApp(rawValue: app))
        #expect(page.contains("<script src=\"\(chosen.script)\" integrity=\"\(chosen.integrity)\""))
    }

    /// An address written with the site's path, as an older configuration had the CMS write
    /// it, is refused with the address to write instead.
    @Test func aPictureWrittenWithTheSitesPathSaysHowToWriteIt() throws {
        let site = try Self.site(baseURL: "https://beweging.github.io/site/", app: "decap")
        defer { site.cleanUp() }
        try site.write(
            "content/nieuws/met-pad.md",
            "---\ntitle: Met pad\ndate: 2020-06-01\nimage: /site/media/foto.jpg\nimageAlt: Een foto\n---\nTekst.\n")
        #expect(throws: BuildFailure.self) { try site.build() }
        do { try site.build() } catch {
            #expect(
                error.errors.contains {
                    $0.location.path == "content/nieuws/met-pad.md" && $0.location.line == 4
                        && $0.message.contains("write it from the site's root, as '/media/foto.jpg'")
                }, "\(error.errors)")
        }
    }

    /// A picture whose name has letters beyond ASCII (an upload before the ASCII slugs) still
    /// gets its size: Markdown writes its address percent-encoded.
    @Test func aPictureNamedWithAccentsGetsItsSize() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let photo = try Data(contentsOf: site.root.appendingPathComponent("content/media/foto.jpg"))
        try site.write("content/media/foto-één.jpg", photo)
        try site.write(
            "content/nieuws/accenten.md",
            "---\ntitle: Accenten\ndate: 2020-06-01\n---\n![Een foto](/media/foto-één.jpg)\n")
        try site.build()
        let page = try String(
            contentsOf: site.output.appendingPathComponent("nieuws/accenten/index.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"/media/foto-%C3%A9%C3%A9n.jpg\" alt=\"Een foto\" width="), "\(page)")
    }

    /// Choosing the other CMS rebuilds the admin page, also incrementally.
    @Test func switchingTheAppRebuildsTheAdminPage() throws {
        let session = try IncrementalBuildTests.Session()
        defer { session.site.cleanUp() }
        let config = try String(
            contentsOf: session.site.root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        try session.site.write("content/site.yaml", config + "cms:\n  repo: beweging/site\n  app: decap\n")
        try session.rebuildAndCompare("Decap")
        try session.edit("content/site.yaml") { $0.replacingOccurrences(of: "app: decap", with: "app: sveltia") }
        #expect(try session.rebuildAndCompare("Sveltia").contains("admin/index.html"))
    }

    /// The hint says to type two quotes for a picture that only decorates: the CMS saves them as
    /// text, which marks decoration; a field left empty, as a CMS saves it, is no description.
    @Test func aPicturesTextAsTheCMSSavesIt() throws {
        let site = try Self.site(baseURL: "https://example.org/", app: "sveltia")
        defer { site.cleanUp() }
        let head = "---\ntitle: Versiering\ndate: 2020-06-01\nimage: /media/foto.jpg\n"
        try site.write("content/nieuws/versiering.md", head + "imageAlt: '\"\"'\n---\nTekst.\n")
        try site.build()
        let page = try String(
            contentsOf: site.output.appendingPathComponent("nieuws/versiering/index.html"), encoding: .utf8)
        #expect(page.contains("alt=\"\" width="), "decoration: an empty alt")
        #expect(!page.contains("alt=\"&quot;&quot;\""), "not the quotes read aloud")
        try site.write("content/nieuws/versiering.md", head + "imageAlt: ''\n---\nTekst.\n")
        #expect(throws: BuildFailure.self) { try site.build() }
        do { try site.build() } catch {
            #expect(error.errors.contains { $0.location.line == 5 && $0.message.hasPrefix("'imageAlt' is empty") })
        }
    }

    @Test func decapSignsInThroughTheServiceTheSiteNames() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        try site.write(
            "content/site.yaml", config + "cms:\n  repo: beweging/site\n  oauthURL: https://inloggen.example.org\n")
        try site.build()
        let text = try String(contentsOf: site.output.appendingPathComponent("admin/config.yml"), encoding: .utf8)
        let config2 = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect((config2["backend"] as? [String: Any])?["base_url"] as? String == "https://inloggen.example.org")
    }

    @Test func anUnknownAppIsAnErrorNamingBoth() throws {
        let site = try Self.site(baseURL: "https://example.org/", app: "wordpress")
        defer { site.cleanUp() }
        #expect(throws: BuildFailure.self) { try site.build() }
        do { try site.build() } catch {
            #expect(error.errors.contains { $0.message.contains("'app' 'wordpress' is no CMS Veenbrand knows") })
        }
    }
}
