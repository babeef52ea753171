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

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.cms == nil ? [] : [Route(.cmsAdmin, self), Route(.cmsConfig, self, item: 1)]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        route.item == 0 ? .text(Self.page(context)) : .text(Self.configuration(context))
    }

    /// The admin page: the chosen CMS's script, and a Dutch message in its place should it not
    /// load (no network, or a CDN that serves other bytes than the integrity allows).
    static func page(_ context: RenderContext) -> String {
        let app = context.site.cms?.app ?? .decap
        let title = Escaping.html(context.config.title)
        // A JavaScript string: the address as a JSON string, `/` escaped so `</script>` cannot occur.
        let style = String(
            decoding: (try? JSONEncoder().encode(context.href(.file(SourceFolder.assetsAddress, "style.css"))))
                ?? Data(), as: UTF8.self)
        let home = Escaping.html(context.href(.root))
        return """
            <!DOCTYPE html>
            <html lang="\(Escaping.html(context.config.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Beheer – \(title)</title>
            <script src="\(app.script)" integrity="\(app.integrity)" crossorigin="anonymous"></script>
            </head>
            <body>
            <main id="niet-geladen" hidden style="font: 1.125rem/1.5 sans-serif; max-width: 40rem; margin: 2rem auto; \
            padding: 0 1rem">
            <h1>Het beheerscherm kon niet laden</h1>
            <p>\(app.name) wordt van internet gehaald en kwam niet door. Controleer de internetverbinding en laad de \
            pagina opnieuw.</p>
            <p>Blijft dit zo, meld het dan aan wie de site bouwt: misschien past de versie van \(app.name) niet meer \
            bij de controlecode in Veenbrand.</p>
            <p><a href="\(home)">Naar de site</a></p>
            </main>
            <noscript><p>Het beheerscherm werkt alleen met JavaScript aan.</p></noscript>
            <script>
            if (window.CMS) { CMS.registerPreviewStyle(\(style)); }
            else { document.getElementById("niet-geladen").hidden = false; }
            </script>
            </body>
            </html>

            """
    }

    /// The configuration as YAML, written by Yams: a collection for each kind of document, its
    /// fields as the kind declares them, with the topics of themes.yaml as the only choices.
    static func configuration(_ context: RenderContext) -> String {
        let cms = context.site.cms ?? CMSSettings(repo: "", branch: "main")
        let topics = context.site.topics.map(\.name)
        let root = map([
            ("backend", map(backend(cms))),
            // One meaning of "draft": the `draft` switch, as in `veenbrand new` and the preview. A
            // save goes to the branch; the switch decides whether the site shows it.
            ("publish_mode", "simple"),
            // Addresses and uploaded file names in plain ASCII: `foto-een.jpg`, not `foto-één.jpg`.
            ("slug", map([("encoding", "ascii"), ("clean_accents", Node(true))])),
            ("site_url", Node(context.config.baseURL)),
            ("locale", Node(context.config.language)),
            ("media_folder", Node(SourceFolder.mediaFolder)),
            ("public_folder", Node(String(SitePath.folder(SourceFolder.mediaAddress).url.dropLast()))),
            ("collections", Node(context.site.documentKinds.map { collection($0, topics: topics) })),
        ])
        return (try? Yams.serialize(node: quotingText(root), allowUnicode: true)) ?? ""
    }

    /// GitHub, the repository and branch, and the sign-in service if the site names one.
    static func backend(_ cms: CMSSettings) -> [(String, Node)] {
        [("name", "github"), ("repo", Node(cms.repo)), ("branch", Node(cms.branch))]
            + (cms.oauthURL.map { [("base_url", Node($0))] } ?? [])
    }

    /// Every text value in double quotes: a theme named `2030`, `true`, `null` or `.inf` is read
    /// back as text, not as a number, a flag or nothing. Numbers and flags keep their tags.
    static func quotingText(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar) where scalar.tag == .implicit:
            scalar.style = .doubleQuoted
            return .scalar(scalar)
        case .mapping(let mapping):
            return Node(mapping.map { ($0.key, quotingText($0.value)) })
        case .sequence(let sequence):
            return Node(sequence.map(quotingText))
        default:
            return node
        }
    }

    /// A kind of document as a collection: one file per entry in its folder.
    static func collection(_ kind: DocumentKind, topics: [String]) -> Node {
        map([
            ("name", Node(kind.name)), ("label", Node(kind.collection.label)),
            ("label_singular", Node(kind.collection.singular)), ("folder", Node(kind.folder)), ("create", Node(true)),
            ("extension", "md"), ("format", "frontmatter"), ("slug", "{{slug}}"),
            ("summary", Node(kind.collection.summary)),
            ("sortable_fields", Node(kind.collection.sortedBy.map { Node($0) })),
            ("fields", Node(kind.fields.map { field($0, topics: topics) } + [body])),
        ])
    }

    /// A field as the CMS edits it: the widget its type needs, its Dutch label and hint.
    static func field(_ field: Field, topics: [String]) -> Node {
        var pairs: [(String, Node)] = [
            ("name", Node(field.name)), ("label", Node(field.label)), ("widget", Node(widget(field.type))),
            ("required", Node(field.isRequired)),
        ]
        switch field.type {
        case .date: pairs += [("format", "YYYY-MM-DD"), ("time_format", Node(false))]
        case .moment: pairs += [("format", "YYYY-MM-DDTHH:mm:ssZ")]
        case .position: pairs += [("value_type", "int"), ("min", Node("1", Tag(.int)))]
        case .webAddress: pairs += [("pattern", Node([Node("^https?://"), Node("Een webadres: https://…")]))]
        case .topics: pairs += [("multiple", Node(true)), ("options", Node(topics.map { Node($0) }))]
        default: break
        }
        if case .flag(let initial)? = field.initial { pairs.append(("default", Node(initial))) }
        if let hint = field.hint { pairs.append(("hint", Node(hint))) }
        return map(pairs)
    }

    private static var body: Node {
        map([("name", "body"), ("label", "Tekst"), ("widget", "markdown"), ("required", Node(true))])
    }

    /// The CMS's widget for a type of field.
    static func widget(_ type: FieldType) -> String {
        switch type {
        case .text, .webAddress, .pictureText, .slug: "string"
        case .summary, .note: "text"
        case .date, .moment: "datetime"
        case .flag: "boolean"
        case .position: "number"
        case .topics: "select"
        case .keywords, .aliases: "list"
        case .picture: "image"
        }
    }

    private static func map(_ pairs: [(String, Node)]) -> Node { Node(pairs.map { (Node($0.0), $0.1) }) }
}

extension Node {
    fileprivate init(_ value: Bool) { self.init(value ? "true" : "false", Tag(.bool)) }
}
