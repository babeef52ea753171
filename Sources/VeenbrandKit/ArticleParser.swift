import Foundation

/// Turns an article file's text into an `Article`, reporting every problem with its position.
public enum ArticleParser {
    static let knownFields = ["title", "date", "summary", "themes", "keywords", "slug", "draft", "updated", "author", "image"]

    /// Parses `text`, the contents of the file at `path` (relative, e.g. `content/nieuws/x.md`).
    /// Theme names are checked against `catalog`; without one (themes.yaml itself is broken)
    /// they are skipped rather than all reported as unknown.
    public static func parse(_ text: String, path: String, catalog: ThemeCatalog?) throws(BuildFailure) -> Article {
        let text = SourceText.normalize(text)
        let parts: FrontMatter
        var fields: YAMLMapping
        do {
            parts = try FrontMatter.split(text, path: path)
            fields = try YAMLMapping(yaml: parts.yaml, path: path, firstLine: parts.yamlFirstLine, what: "front matter")
        } catch {
            throw BuildFailure([error])
        }
        fields.rejectUnknownKeys(knownFields)
        var errors = ErrorCollector()

        let title = fields.string("title", required: true)
        let date = parseDate("date", in: &fields, required: true)
        let updated = parseDate("updated", in: &fields, required: false)
        let summary = fields.string("summary")
        let draft = fields.bool("draft") ?? false
        let author = fields.string("author")
        var image = fields.string("image")
        if let text = image, let node = fields.node("image"), !Self.isSafeImageAddress(text) {
            fields.fail(node, "'image' '\(text)' must be a path like /media/foto.jpg or an http(s) URL")
            image = nil
        }

        var themes: [Theme] = []
        for (name, location) in fields.names("themes") {
            guard let catalog else { continue }
            if let theme = errors.collect({ try catalog.theme(named: name, at: location) }), !themes.contains(theme) {
                themes.append(theme)
            }
        }
        var keywords: [Keyword] = []
        for (name, location) in fields.names("keywords") {
            guard let slug = Slug(name) else {
                errors.add(BuildError(location, "keyword '\(name)' has no letters or digits to make a page address from"))
                continue
            }
            if !keywords.contains(where: { $0.slug == slug }) { keywords.append(Keyword(name: name, slug: slug)) }
        }

        let slugResult = slug(fields: &fields, path: path)
        errors.add(contentsOf: fields.errors)
        guard errors.errors.isEmpty, let title, let date, let (slug, slugLocation) = slugResult else {
            throw BuildFailure(errors.errors)
        }
        return Article(
            path: path, slug: slug, title: title, date: date, updated: updated, summary: summary,
            themes: themes, keywords: keywords, draft: draft, author: author, image: image,
            body: parts.body, bodyFirstLine: parts.bodyFirstLine, slugLocation: slugLocation)
    }

    private static func parseDate(_ key: String, in fields: inout YAMLMapping, required: Bool) -> ArticleDate? {
        guard let text = fields.string(key, required: required), let node = fields.node(key) else { return nil }
        do {
            return try ArticleDate(parsing: text)
        } catch {
            switch error {
            case .malformed:
                fields.fail(node, "'\(key)' '\(text)' is not a date: write it as 2021-10-05 or 2021-10-05T14:30:00+02:00")
            case .impossible(let reason):
                fields.fail(node, "'\(key)' '\(text)' is impossible: \(reason)")
            }
            return nil
        }
    }

    /// The `slug:` field, or else the file name; either must stay inside its folder.
    private static func slug(fields: inout YAMLMapping, path: String) -> (Slug, SourceLocation)? {
        if let text = fields.string("slug"), let node = fields.node("slug") {
            let location = fields.location(of: node)
            if leavesFolder(text) {
                fields.fail(location, "slug '\(text)' would leave the nieuws/ folder: use letters, digits and dashes only")
                return nil
            }
            guard let slug = Slug(text) else {
                fields.fail(location, "slug '\(text)' has no letters or digits")
                return nil
            }
            return (slug, location)
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let location = SourceLocation(path: path)
        if leavesFolder(stem) {
            fields.fail(location, "the file name '\(fileName)' would make a slug that leaves the nieuws/ folder: rename it with letters, digits and dashes only")
            return nil
        }
        guard let slug = Slug(stem) else {
            fields.fail(location, "the file name '\(fileName)' has no letters or digits for a slug: rename it or add 'slug:'")
            return nil
        }
        return (slug, location)
    }

    /// A lead image is a path or an http(s) URL; any other scheme (`javascript:`, `data:`…)
    /// would end up in `src` and `og:image`.
    static func isSafeImageAddress(_ text: String) -> Bool {
        let normalized = text.lowercased().filter { !$0.isWhitespace && ($0.asciiValue ?? 32) >= 32 }
        guard let colon = normalized.firstIndex(of: ":") else { return true }
        if let slash = normalized.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), slash < colon { return true }
        return normalized.hasPrefix("http:") || normalized.hasPrefix("https:")
    }

    /// Whether a slug text tries to name another folder, also when percent-encoded.
    static func leavesFolder(_ text: String) -> Bool {
        let decoded = text.removingPercentEncoding ?? text
        return [text, decoded].contains { candidate in
            candidate.contains("/") || candidate.contains("\\") || candidate.contains("..") || candidate.hasPrefix("~")
        }
    }
}
