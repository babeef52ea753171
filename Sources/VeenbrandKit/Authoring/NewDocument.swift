import Yams

/// `veenbrand new`: the file for a new document, as a draft, with its front matter made from
/// its kind's fields: the title given, then every field a new document starts with (today's
/// date, an empty summary, `draft: true`…) or that is given (themes, keywords, an event's start
/// and place), in the kind's order.
public struct NewDocument: Sendable, Equatable {
    /// The kinds of document `new` makes.
    public enum Kind: String, Sendable, CaseIterable {
        case article, page, event

        var kind: DocumentKind {
            switch self {
            case .article: .articles
            case .page: .standalonePages
            case .event: .agenda
            }
        }
    }

    /// A slug made from a long title is cut to this many characters (at a dash, if one is near).
    static let slugLength = 80

    /// Path relative to the site folder, e.g. `content/nieuws/mijn-artikel.md`.
    let path: String
    let text: String

    /// Makes the document's text. `values` are given fields by name: text, or for a list (the
    /// themes, keywords) its names, one per line. Themes are named by name or slug and must be
    /// listed in themes.yaml (an unknown one is an error suggesting the closest); the front
    /// matter gets their names. Dates that are not given are `day`, usually today.
    static func make(
        _ kind: DocumentKind, title: String, values: [String: [String]], day: ContentDate, catalog: TopicCatalog,
        bodyHint: String
    ) throws(BuildFailure) -> NewDocument {
        var errors: [BuildError] = []
        let argument = SourceLocation(path: "content/themes.yaml")
        guard let slug = Slug(title)?.shortened(to: Self.slugLength) else {
            throw BuildFailure([
                BuildError(path: kind.folder, "the title '\(title)' has no letters or digits to make a file name from")
            ])
        }
        var pairs: [(Node, Node)] = []
        for field in kind.fields {
            let given = values[field.name]
            let node: Node?
            switch (field.type, field.initial) {
            case (.text, _) where field.name == Field.title.name: node = Node(title)
            case (.topics, _):
                var names: [String] = []
                for theme in given ?? [] {
                    do { names.append(try catalog.topic(namedOrSlug: theme, at: argument).name) } catch {
                        errors.append(error)
                    }
                }
                node = given != nil || field.initial == .empty ? Node(names.map { Node($0) }, Tag(.seq), .flow) : nil
            case (.keywords, _), (.aliases, _):
                node =
                    given != nil || field.initial == .empty
                    ? Node((given ?? []).map { Node($0) }, Tag(.seq), .flow) : nil
            case (_, _) where given != nil: node = Node(given!.joined(separator: " "))
            case (.date, .today?), (.moment, .today?): node = Node(day.isoDay)
            case (_, .empty?): node = Node("", Tag(.str), .doubleQuoted)
            case (_, .flag(let flag)?): node = Node(flag ? "true" : "false", Tag(.bool))
            default: node = nil
            }
            if let node { pairs.append((Node(field.name), node)) }
        }
        if !errors.isEmpty { throw BuildFailure(errors) }
        let yaml: String
        do {
            yaml = try Yams.serialize(node: .mapping(Node.Mapping(pairs)), allowUnicode: true)
        } catch {
            throw BuildFailure([BuildError(path: "<front matter>", "cannot write the front matter: \(error)")])
        }
        let document = NewDocument(path: "\(kind.folder)/\(slug.value).md", text: "---\n\(yaml)---\n\n\(bodyHint)\n")
        // What `new` writes, `build` must take: the file is parsed as a build would parse it.
        _ = try DocumentParser.parse(document.text, path: document.path, kind: kind, catalog: catalog)
        return document
    }
}
