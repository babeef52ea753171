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

    /// Decap CMS, one exact version of its published package (the admin page is the only page
    /// that loads it), and the SHA-384 of that file: the browser runs it only if the CDN serves
    /// exactly those bytes. A new version is a new pair, both changed here.
    static let script = "https://unpkg.com/decap-cms@3.15.1/dist/decap-cms.js"
    static let scriptIntegrity = "sha384-in6eHztHveqQ7uMZ1fDaKlDmacQLFuLH2wWrFTiymyuS8zQ5bixwL8U3AeRi8h/L"

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.cms == nil ? [] : [Route(.cmsAdmin, self), Route(.cmsConfig, self, item: 1)]
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        var fingerprint = context.fingerprint("cms " + route.path.url)
        fingerprint.add(context.site.cms?.repo)
        fingerprint.add(context.site.cms?.branch)
        for topic in context.site.topics { fingerprint.add(topic.name) }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        route.item == 0 ? .text(Self.page(context)) : .text(Self.configuration(context))
    }

    static func page(_ context: RenderContext) -> String {
        let title = Escaping.html(context.config.title)
        // A JavaScript string: the address as a JSON string, `/` escaped so `</script>` cannot occur.
        let style = String(
            decoding: (try? JSONEncoder().encode(context.href(.file(SourceFolder.assetsAddress, "style.css"))))
                ?? Data(), as: UTF8.self)
        return """
            <!DOCTYPE html>
            <html lang="\(Escaping.html(context.config.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Beheer – \(title)</title>
            <script src="\(script)" integrity="\(scriptIntegrity)" crossorigin="anonymous"></script>
            </head>
            <body>
            <script>CMS.registerPreviewStyle(\(style));</script>
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
            ("backend", map([("name", "github"), ("repo", Node(cms.repo)), ("branch", Node(cms.branch))])),
            ("publish_mode", "editorial_workflow"),
            ("site_url", Node(context.config.baseURL)),
            ("locale", Node(context.config.language)),
            ("media_folder", Node(SourceFolder.mediaFolder)),
            ("public_folder", Node(String(context.href(.folder(SourceFolder.mediaAddress)).dropLast()))),
            ("collections", Node(context.site.documents.kinds.map { collection($0, topics: topics) })),
        ])
        return (try? Yams.serialize(node: quotingText(root), allowUnicode: true)) ?? ""
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
        case .summary: "text"
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
