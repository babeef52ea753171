import Yams

extension TopicCatalog {
    /// Parses themes.yaml: a list of `name`, `slug`, `description` items.
    static func parse(_ text: String, path: String) throws(BuildFailure) -> TopicCatalog {
        var errors = ErrorCollector()
        let items: [Yams.Node]
        do {
            items = try YAMLMapping.sequence(yaml: text, path: path, what: "themes.yaml")
        } catch {
            throw BuildFailure([error])
        }
        var themes: [Topic] = []
        var seenSlugs: [Slug: String] = [:]
        for (index, item) in items.enumerated() {
            guard
                var fields = errors.collect({ try YAMLMapping(node: item, path: path, firstLine: 1, what: "a theme") })
            else { continue }
            fields.rejectUnknownKeys(["name", "slug", "description"])
            let name = fields.string("name", required: true)
            let slugText = fields.string("slug") ?? name
            var slug: Slug?
            if let slugText {
                slug = Slug(slugText)
                if slug == nil { fields.fail(fields.location(of: item), "theme '\(slugText)' has no usable slug") }
                if let made = slug, !made.fits {
                    fields.fail(fields.location(of: item), FrontMatterReader.tooLong("the theme's slug", made))
                    slug = nil
                }
            }
            if let slug, let other = seenSlugs[slug] {
                fields.fail(fields.location(of: item), "themes '\(other)' and '\(name ?? "")' share the slug '\(slug)'")
            }
            let description = fields.string("description") ?? ""
            errors.add(contentsOf: fields.errors)
            if let name, let slug {
                seenSlugs[slug] = name
                themes.append(Topic(name: name, slug: slug, description: description, order: index))
            }
        }
        if !errors.errors.isEmpty { throw BuildFailure(errors.errors) }
        return TopicCatalog(topics: themes)
    }
}
