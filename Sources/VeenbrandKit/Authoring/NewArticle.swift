import Yams

/// `veenbrand new`: the file for a new article, with complete front matter, as a draft.
public struct NewArticle: Sendable, Equatable {
    /// A slug made from a long title is cut to this many characters (at a dash, if one is near).
    static let slugLength = 80

    /// Path relative to the site folder, e.g. `content/nieuws/mijn-artikel.md`.
    let path: String
    let text: String

    /// Makes the article's text. Themes are named by name or slug and must be listed in
    /// themes.yaml (an unknown one is an error suggesting the closest); the front matter gets
    /// their names. The date is `day`, usually today.
    static func make(
        title: String, themes: [String], keywords: [String], day: ArticleDate,
        catalog: TopicCatalog, bodyHint: String
    ) throws(BuildFailure) -> NewArticle {
        var errors: [BuildError] = []
        let argument = SourceLocation(path: "content/themes.yaml")
        var themeNames: [String] = []
        for theme in themes {
            do { themeNames.append(try catalog.theme(namedOrSlug: theme, at: argument).name) } catch {
                errors.append(error)
            }
        }
        guard let slug = Slug(title)?.shortened(to: Self.slugLength) else {
            throw BuildFailure(
                errors + [
                    BuildError(
                        path: SourceFolder.articlesFolder,
                        "the title '\(title)' has no letters or digits to make a file name from")
                ])
        }
        if !errors.isEmpty { throw BuildFailure(errors) }

        let frontMatter = Node.mapping(
            Node.Mapping([
                ("title", Node(title)),
                ("date", Node(day.isoDay)),
                ("summary", Node("", Tag(.str), .doubleQuoted)),
                ("themes", Node(themeNames.map { Node($0) }, Tag(.seq), .flow)),
                ("keywords", Node(keywords.map { Node($0) }, Tag(.seq), .flow)),
                ("draft", Node("true", Tag(.bool))),
            ]))
        let yaml: String
        do {
            yaml = try Yams.serialize(node: frontMatter, allowUnicode: true)
        } catch {
            throw BuildFailure([BuildError(path: "<front matter>", "cannot write the front matter: \(error)")])
        }
        let article = NewArticle(
            path: "\(SourceFolder.articlesFolder)/\(slug.value).md",
            text: "---\n\(yaml)---\n\n\(bodyHint)\n")
        // What `new` writes, `build` must take: the file is parsed as a build would parse it.
        _ = try ArticleParser.parse(article.text, path: article.path, catalog: catalog)
        return article
    }
}
