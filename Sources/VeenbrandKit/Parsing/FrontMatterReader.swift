import Foundation

/// A document's front matter read field by field: what every kind parses alike, with every
/// problem recorded at its line (dates, the slug, aliases, pictures).
struct FrontMatterReader {
    /// The front matter read field by field (errors collected in it).
    var fields: YAMLMapping
    let parts: FrontMatter
    let path: String

    /// Splits `text` (the file at `path`) and reads its front matter; a file without a usable
    /// front matter fails at once, with the common mistakes on its lines told in plain words.
    init(_ text: String, path: String) throws(BuildFailure) {
        let text = SourceText.normalize(text)
        do {
            parts = try FrontMatter.split(text, path: path)
        } catch {
            throw BuildFailure([error])
        }
        let mistakes = YAMLMistakes.scan(parts.yaml, path: path, firstLine: parts.yamlFirstLine)
        if !mistakes.isEmpty { throw BuildFailure(mistakes) }
        do {
            fields = try YAMLMapping(
                yaml: parts.yaml, path: path, firstLine: parts.yamlFirstLine, what: "front matter")
        } catch {
            throw BuildFailure([error])
        }
        self.path = path
    }

    mutating func date(_ key: String, required: Bool) -> ContentDate? {
        guard let text = fields.string(key, required: required), let node = fields.node(key) else { return nil }
        do {
            return try ContentDate(parsing: text)
        } catch {
            switch error {
            case .malformed:
                if let yearFirst = Self.yearFirst(dayFirst: text) {
                    fields.fail(
                        BuildError(
                            fields.location(of: node),
                            "'\(key)' '\(text)' is written day-month-year: write it year-month-day, as \(yearFirst)",
                            advice: Advice(kind: .dayFirstDate, field: key, example: "\(key): \(yearFirst)")))
                    return nil
                }
                fields.fail(
                    node, "'\(key)' '\(text)' is not a date: write it as 2021-10-05 or 2021-10-05T14:30:00+02:00")
            case .impossible(let reason):
                var advice = Advice(kind: .impossibleDate, field: key)
                advice.value = text
                fields.fail(
                    BuildError(fields.location(of: node), "'\(key)' '\(text)' is impossible: \(reason)", advice: advice)
                )
            }
            return nil
        }
    }

    /// `2021-10-05` for a date written day first, as Dutch does: `5-10-2021`, `05/10/2021`,
    /// `5.10.2021`; nil for anything else.
    static func yearFirst(dayFirst text: String) -> String? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count == 3,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(parts[2])-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// The slug field (`name`), or else the file name; either must stay inside `folder`.
    mutating func slug(_ name: String, folder: String) -> (Slug, SourceLocation)? {
        if let text = fields.string(name), let node = fields.node(name) {
            let location = fields.location(of: node)
            if Self.leavesFolder(text) {
                fields.fail(
                    location, "slug '\(text)' would leave the \(folder)/ folder: use letters, digits and dashes only")
                return nil
            }
            guard let slug = Slug(text) else {
                fields.fail(location, "slug '\(text)' has no letters or digits")
                return nil
            }
            guard slug.fits else {
                fields.fail(location, Self.tooLong("slug", slug))
                return nil
            }
            return (slug, location)
        }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let stem = fileName.lowercased().hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let location = SourceLocation(path: path)
        if Self.leavesFolder(stem) {
            fields.fail(
                location,
                "the file name '\(fileName)' would make a slug that leaves the \(folder)/ folder: "
                    + "rename it with letters, digits and dashes only")
            return nil
        }
        guard let slug = Slug(stem) else {
            fields.fail(
                location,
                "the file name '\(fileName)' has no letters or digits for a slug: rename it or add '\(name):'")
            return nil
        }
        guard slug.fits else {
            fields.fail(location, Self.tooLong("the file name's slug", slug))
            return nil
        }
        return (slug, location)
    }

    /// The old addresses in the field `name`, each a path on this site.
    mutating func aliases(_ name: String) -> [Alias] {
        var aliases: [Alias] = []
        for (text, location) in fields.names(name) {
            switch SitePath.alias(text) {
            case .success(let path):
                if !aliases.contains(where: { $0.path == path }) {
                    aliases.append(Alias(path: path, location: location))
                }
            case .failure(let problem):
                fields.fail(location, "alias '\(text)' \(problem.reason)")
            }
        }
        return aliases
    }

    /// The error text for a slug too long for an address.
    static func tooLong(_ what: String, _ slug: Slug) -> String {
        "\(what) '\(slug.value.prefix(40))…' has \(slug.value.utf8.count) characters; an address "
            + "part may have at most "
            + "\(Slug.maxLength): make it shorter"
    }

    /// What the body asks of cmark-gfm beyond its limits (see `MarkdownLimits`).
    var bodyProblems: [BuildError] {
        MarkdownLimits.problems(in: parts.body, firstLine: parts.bodyFirstLine, path: path)
    }

    /// Whether a slug text tries to name another folder, also when percent-encoded.
    static func leavesFolder(_ text: String) -> Bool {
        let decoded = text.removingPercentEncoding ?? text
        return [text, decoded].contains { candidate in
            candidate.contains("/") || candidate.contains("\\") || candidate.contains("..") || candidate.hasPrefix("~")
        }
    }
}
