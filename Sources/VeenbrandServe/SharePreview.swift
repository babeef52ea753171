import Foundation

/// The preview server's page that shows how a link to a page of the site looks when shared:
/// the picture, title, description and site name that WhatsApp, LinkedIn, Facebook and
/// Mastodon take from its Open Graph tags, large and as a small thumbnail.
public enum SharePreview {
    /// Where it is served; `?pagina=/nieuws/welkom/` chooses the page (else the home page).
    public static let path = "/__veenbrand/deelvoorbeeld"

    /// The Open Graph values of the built page at `html`: `og:title` → its content, still
    /// escaped as the page has it (and so safe to put in this page as it is).
    static func tags(in html: String) -> [String: String] {
        var tags: [String: String] = [:]
        for line in html.split(separator: "\n") where line.hasPrefix("<meta property=\"og:") {
            let parts = line.split(separator: "\"", omittingEmptySubsequences: false)
            guard parts.count >= 5, parts[2] == " content=" else { continue }
            if tags[String(parts[1])] == nil { tags[String(parts[1])] = String(parts[3]) }
        }
        return tags
    }

    /// The preview page for the page at `page` (its address, under the site's `base` path), or
    /// nil if the built site has no such page.
    static func html(for page: String, base: String, output: URL) -> String? {
        guard page.hasPrefix(base),
            case .file(let file) = PreviewFiles(root: output).resolve("/" + page.dropFirst(base.count)),
            file.pathExtension == "html", let text = try? String(contentsOf: file, encoding: .utf8)
        else { return nil }
        let tags = tags(in: text)
        let title = tags["og:title"] ?? ""
        let description = tags["og:description"] ?? ""
        let site = tags["og:site_name"] ?? ""
        let url = tags["og:url"] ?? ""
        let host = URL(string: url.replacingOccurrences(of: "&amp;", with: "&"))?.host ?? ""
        let image = tags["og:image"].map { localPath(of: $0) }
        let picture =
            image.map { "<img src=\"\($0)\" alt=\"\(tags["og:image:alt"] ?? "")\">" } ?? "<p>Geen afbeelding</p>"
        let link = page.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/"
        let missing = ["og:title", "og:description", "og:image", "og:image:alt"].filter { tags[$0] == nil }
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Deelvoorbeeld: \(title)</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1.5rem; background: #e9e4dc;
              color: #1d1a17; }
            main { max-width: 34rem; margin: 0 auto; }
            .card { background: #fff; border-radius: 10px; overflow: hidden; box-shadow: 0 1px 3px #0003;
              margin: 1rem 0 2rem; }
            .card img { display: block; width: 100%; height: auto; aspect-ratio: 1200 / 630; object-fit: cover; }
            .card .text { padding: .75rem 1rem; }
            .host { color: #5b524a; font-size: .8rem; text-transform: uppercase; }
            .title { font-weight: 700; margin: .1rem 0; }
            .description { color: #5b524a; font-size: .9rem; display: -webkit-box; -webkit-line-clamp: 2;
              -webkit-box-orient: vertical; overflow: hidden; }
            .small { display: flex; gap: .75rem; align-items: center; }
            .small img { width: 96px; flex: none; aspect-ratio: 1200 / 630; }
            .problem { background: #fff3cd; padding: .5rem 1rem; border-radius: 6px; }
            </style></head>
            <body><main>
            <h1>Zo ziet een gedeelde link eruit</h1>
            <p>Van <a href="\(link)">\(title)</a>, zoals WhatsApp, LinkedIn, Facebook en Mastodon
            hem tonen.</p>
            \(missing.isEmpty ? "" : "<p class=\"problem\">Deze pagina mist: \(missing.joined(separator: ", ")).</p>")
            <h2>Groot</h2>
            <div class="card">\(picture)<div class="text"><p class="host">\(host)</p>
            <p class="title">\(title)</p><p class="description">\(description)</p></div></div>
            <h2>Klein, als miniatuur</h2>
            <div class="card small">\(picture)<div class="text"><p class="title">\(title)</p>
            <p class="host">\(site)</p></div></div>
            </main></body></html>
            """
    }

    /// An absolute URL of the site as the preview serves it: its path.
    private static func localPath(of url: String) -> String {
        URLComponents(string: url.replacingOccurrences(of: "&amp;", with: "&"))?.path ?? url
    }
}
