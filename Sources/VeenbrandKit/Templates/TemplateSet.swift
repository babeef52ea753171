import Foundation

/// The theme's compiled Mustache templates, by name (`article`, `partials/head`, …).
///
/// Every template the site renders with must exist (each producer names its own), and every
/// partial or parent a template names must exist too: a missing template is an error, never an
/// empty page.
struct TemplateSet: Sendable {
    /// Renders one article as lists show it, once per article (`{{{card}}}` in lists); must exist.
    static let cardTemplate = "card"

    private let library: TemplateLibrary

    /// Compiles `files` (paths like `theme/templates/article.mustache`), reporting every
    /// syntax error (with its line and column), every template of `required` that is missing
    /// and every unknown partial. `{{value}}` is escaped by `Escaping.html`, byte by byte.
    static func compile(_ files: [SourceFile], folder: String, required: [String]) throws(BuildFailure) -> TemplateSet {
        var templates: [String: Template] = [:]
        var errors: [BuildError] = []
        var names = Set<String>()
        let prefix = folder + "/"
        for file in files {
            let name = String(file.path.dropFirst(prefix.count).dropLast(".mustache".count))
            names.insert(name)
            let text = SourceText.normalize(file.text)
            do {
                templates[name] = try Template(text)
            } catch {
                let (line, column) = error.position(in: text)
                errors.append(
                    BuildError(path: file.path, line: line, column: column, "template syntax error: \(error.reason)"))
            }
        }
        for name in required where !names.contains(name) {
            errors.append(
                BuildError(
                    path: "\(prefix)\(name).mustache", "template is missing: the theme must have it to render the site")
            )
        }
        for file in files {
            for reference in partialReferences(in: file.text) where !names.contains(reference.name) {
                errors.append(
                    BuildError(
                        path: file.path, line: reference.line, column: reference.column,
                        "template '\(reference.name)' is used here but "
                            + "\(prefix)\(reference.name).mustache does not exist"
                    ))
            }
        }
        if !errors.isEmpty { throw BuildFailure(errors) }
        return TemplateSet(library: TemplateLibrary(templates: templates))
    }

    /// Renders the template `name` (a page template, or the card) with a typed context.
    func render(_ name: String, _ context: any TemplateParent) -> String {
        guard let output = library.render(name, context) else {
            preconditionFailure("template \(name) was checked at compile time")
        }
        return output
    }

    /// The `{{> name}}` and `{{< name}}` tags in a template, with their positions.
    static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var references: [(name: String, line: Int, column: Int)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...].drop { $0 == " " }
                guard let marker = afterOpen.first, marker == ">" || marker == "<",
                    let close = afterOpen.range(of: "}}")
                else {
                    rest = rest[open.upperBound...]
                    continue
                }
                let name = afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound]
                    .trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                references.append((name, lineIndex + 1, column))
                rest = afterOpen[close.upperBound...]
            }
        }
        return references
    }
}
