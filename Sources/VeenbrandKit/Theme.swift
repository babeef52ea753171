import Yams

/// One of the site's curated themes (*Thema's*), from `content/themes.yaml`.
public struct Theme: Sendable, Hashable {
    public let name: String
    public let slug: Slug
    public let description: String
    /// Position in themes.yaml, which is the display order.
    public let order: Int
}

/// The curated list of themes; articles may only name these.
public struct ThemeCatalog: Sendable {
    public let themes: [Theme]

    public init(themes: [Theme]) { self.themes = themes }

    /// Parses themes.yaml: a list of `name`, `slug`, `description` items.
    static func parse(_ text: String, path: String) throws(BuildFailure) -> ThemeCatalog {
        var errors = ErrorCollector()
        let items: [Yams.Node]
        do {
            items = try YAMLMapping.sequence(yaml: text, path: path, what: "themes.yaml")
        } catch {
            throw BuildFailure([error])
        }
        var themes: [Theme] = []
        var seenSlugs: [Slug: String] = [:]
        for (index, item) in items.enumerated() {
            guard var fields = errors.collect({ try YAMLMapping(node: item, path: path, firstLine: 1, what: "a theme") })
            else { continue }
            fields.rejectUnknownKeys(["name", "slug", "description"])
            let name = fields.string("name", required: true)
            let slugText = fields.string("slug") ?? name
            var slug: Slug?
            if let slugText {
                slug = Slug(slugText)
                if slug == nil { fields.fail(fields.location(of: item), "theme '\(slugText)' has no usable slug") }
            }
            if let slug, let other = seenSlugs[slug] {
                fields.fail(fields.location(of: item), "themes '\(other)' and '\(name ?? "")' share the slug '\(slug)'")
            }
            let description = fields.string("description") ?? ""
            errors.add(contentsOf: fields.errors)
            if let name, let slug {
                seenSlugs[slug] = name
                themes.append(Theme(name: name, slug: slug, description: description, order: index))
            }
        }
        if !errors.errors.isEmpty { throw BuildFailure(errors.errors) }
        return ThemeCatalog(themes: themes)
    }

    /// The theme an article names, or an error suggesting the closest listed name.
    func theme(named name: String, at location: SourceLocation) throws(BuildError) -> Theme {
        if let theme = themes.first(where: { $0.name == name }) { return theme }
        throw unknownTheme(name, at: location)
    }

    /// For the command line (`veenbrand new --theme`): a theme by its name or its slug.
    func theme(namedOrSlug text: String, at location: SourceLocation) throws(BuildError) -> Theme {
        if let theme = themes.first(where: { $0.name == text || $0.slug.value == text }) { return theme }
        throw unknownTheme(text, at: location)
    }

    /// "unknown theme", suggesting the theme whose slug the name makes, else the closest name,
    /// else the one name that contains it ('Medezeggenschap' → '… vernieuwen medezeggenschap').
    private func unknownTheme(_ name: String, at location: SourceLocation) -> BuildError {
        let names = themes.map(\.name)
        let bySlug = Slug(name).flatMap { slug in themes.first { $0.slug == slug }?.name }
        let guess = bySlug ?? Suggestion.closest(to: name, in: names) ?? Suggestion.onlyContaining(name, in: names)
        let hint = guess.map { "; did you mean '\($0)'?" }
            ?? (names.isEmpty ? "; themes.yaml lists no themes" : "; the themes are: \(names.map { "'\($0)'" }.joined(separator: ", "))")
        return BuildError(location, "unknown theme '\(name)'\(hint)")
    }
}
