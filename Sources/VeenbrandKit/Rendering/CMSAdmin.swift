import Foundation
import Yams

extension SitePath {
    static let cmsAdmin = SitePath.folder("admin")
    static let cmsConfig = SitePath.file("admin", "config.yml")
}

/// `/admin/` and `/admin/config.yml` for Decap CMS (Sveltia CMS reads the same configuration),
/// when site.yaml has `cms:`. The configuration describes Veenbrand's front matter field by field,
/// with the themes of themes.yaml as the only choices, so what the CMS writes builds.
final class CMSAdmin: Producer {
    let name = "the CMS admin page"
    let kind = OutputKind.other
    let reservedNames = ["admin"]

    /// Decap CMS 3, from its published package (the admin page is the only page that loads it).
    static let script = "https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js"

    func routes(_ site: SiteModel) -> [Route] {
        site.cms == nil ? [] : [Route(.cmsAdmin, self), Route(.cmsConfig, self, item: 1)]
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        var fingerprint = context.fingerprint("cms " + route.path.url)
        fingerprint.add(context.site.cms?.repo)
        fingerprint.add(context.site.cms?.branch)
        for theme in context.site.topics { fingerprint.add(theme.name) }
        fingerprint.add(context.site.documents[Pages.self].isEmpty ? "no pages" : "pages")
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        route.item == 0 ? .text(Self.page(context)) : .text(Self.configuration(context))
    }

    static func page(_ context: RenderContext) -> String {
        let title = Escaping.html(context.config.title)
        // A JavaScript string: the address as a JSON string, `/` escaped so `</script>` cannot occur.
        let style = String(
            decoding: (try? JSONEncoder().encode(context.href(.file("assets", "style.css")))) ?? Data(), as: UTF8.self)
        return """
            <!DOCTYPE html>
            <html lang="\(Escaping.html(context.config.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Beheer – \(title)</title>
            <script src="\(script)"></script>
            </head>
            <body>
            <script>CMS.registerPreviewStyle(\(style));</script>
            </body>
            </html>

            """
    }

    /// The configuration as YAML, written by Yams.
    static func configuration(_ context: RenderContext) -> String {
        let cms = context.site.cms ?? CMSSettings(repo: "", branch: "main")
        var collections = [articles(themes: context.site.topics.map(\.name))]
        if !context.site.documents[Pages.self].isEmpty { collections.append(pages()) }
        let root = map([
            ("backend", map([("name", "github"), ("repo", Node(cms.repo)), ("branch", Node(cms.branch))])),
            ("publish_mode", "editorial_workflow"),
            ("site_url", Node(context.config.baseURL)),
            ("locale", Node(context.config.language)),
            ("media_folder", "content/media"),
            ("public_folder", Node(String(context.href(.folder("media")).dropLast()))),
            ("collections", Node(collections)),
        ])
        return (try? Yams.serialize(node: root, allowUnicode: true)) ?? ""
    }

    private static func articles(themes: [String]) -> Node {
        map([
            ("name", "nieuws"), ("label", "Artikelen"), ("label_singular", "Artikel"),
            ("folder", "content/nieuws"), ("create", Node(true)), ("extension", "md"), ("format", "frontmatter"),
            ("slug", "{{slug}}"), ("summary", "{{title}} ({{date}})"),
            ("sortable_fields", Node([Node("date"), Node("title")])),
            (
                "fields",
                Node([
                    field("title", "Titel", "string"),
                    field(
                        "date", "Datum", "datetime", extra: [("format", "YYYY-MM-DD"), ("time_format", Node(false))]),
                    field("summary", "Samenvatting", "text", required: false),
                    field(
                        "themes", "Thema's", "select", required: false,
                        extra: [("multiple", Node(true)), ("options", Node(themes.map { Node($0) }))]),
                    field("keywords", "Trefwoorden", "list", required: false),
                    field("draft", "Concept", "boolean", required: false, extra: [("default", Node(true))]),
                    field("image", "Afbeelding", "image", required: false),
                    imageAlt,
                    field("aliases", "Oude adressen", "list", required: false),
                    field("body", "Tekst", "markdown"),
                ])
            ),
        ])
    }

    /// Required by the build whenever there is an image; the CMS cannot make one field depend
    /// on another, so it says so.
    private static var imageAlt: Node {
        field(
            "imageAlt", "Beschrijving van de afbeelding", "string", required: false,
            extra: [
                (
                    "hint",
                    Node(
                        "Verplicht bij een afbeelding: wat staat erop, in een zin, voor wie hem niet kan zien. "
                            + "Alleen versiering? Zet dan twee aanhalingstekens: \"\"")
                )
            ])
    }

    private static func pages() -> Node {
        map([
            ("name", "paginas"), ("label", "Pagina's"), ("label_singular", "Pagina"),
            ("folder", "content/paginas"), ("create", Node(true)), ("extension", "md"), ("format", "frontmatter"),
            ("slug", "{{slug}}"),
            (
                "fields",
                Node([
                    field("title", "Titel", "string"),
                    field("summary", "Samenvatting", "text", required: false),
                    field("menu", "In het menu", "boolean", required: false, extra: [("default", Node(false))]),
                    field("menuTitle", "Titel in het menu", "string", required: false),
                    field("draft", "Concept", "boolean", required: false, extra: [("default", Node(true))]),
                    field("image", "Afbeelding", "image", required: false),
                    imageAlt,
                    field("aliases", "Oude adressen", "list", required: false),
                    field("body", "Tekst", "markdown"),
                ])
            ),
        ])
    }

    private static func field(
        _ name: String, _ label: String, _ widget: String, required: Bool = true, extra: [(String, Node)] = []
    ) -> Node {
        map(
            [("name", Node(name)), ("label", Node(label)), ("widget", Node(widget)), ("required", Node(required))]
                + extra)
    }

    private static func map(_ pairs: [(String, Node)]) -> Node { Node(pairs.map { (Node($0.0), $0.1) }) }
}

extension Node {
    fileprivate init(_ value: Bool) { self.init(value ? "true" : "false", Tag(.bool)) }
}
