import Foundation

/// A template the site renders with, and the shape of the value it is rendered with.
struct TemplateUse: Sendable {
    let name: String
    let root: TemplateShape

    init(_ name: String, _ root: TemplateShape) {
        self.name = name
        self.root = root
    }
}

/// The theme's compiled Mustache templates, by name (`article`, `partials/head`, …).
///
/// Every template the site renders with must exist (each producer names its own), and every
/// partial or parent a template names must exist too: a missing template is an error, never an
/// empty page. Every name a template looks up must be one its values can have (`check`).
struct TemplateSet: Sendable {
    private let library: TemplateLibrary
    /// Each template's file and text, for the positions of problems.
    private let sources: [String: SourceFile]

    /// Compiles `files` (paths like `theme/templates/article.mustache`), reporting every
    /// syntax error (with its line and column), every template of `required` that is missing
    /// and every unknown partial. `{{value}}` is escaped by `Escaping.html`, byte by byte.
    static func compile(_ files: [SourceFile], folder: String, required: [String]) throws(BuildFailure) -> TemplateSet {
        var templates: [String: Template] = [:]
        var sources: [String: SourceFile] = [:]
        var errors: [BuildError] = []
        var names = Set<String>()
        let prefix = folder + "/"
        for file in files {
            let name = String(file.path.dropFirst(prefix.count).dropLast(".mustache".count))
            names.insert(name)
            let text = SourceText.normalize(file.text)
            sources[name] = SourceFile(path: file.path, text: text)
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
        return TemplateSet(library: TemplateLibrary(templates: templates), sources: sources)
    }

    /// Every name the templates of `uses` look up that the values they are rendered with cannot
    /// have, as an error at its tag; `labels` are the UI strings' names (`{{t.…}}`).
    func check(_ uses: [TemplateUse], labels: Set<String>) -> [BuildError] {
        var check = TemplateCheck(templates: library.templates, labels: labels)
        for use in uses { check.check(use.name, root: use.root) }
        return check.problems.compactMap { problem in
            guard let source = sources[problem.template] else { return nil }
            let (line, column) = TemplateSyntaxError(offset: problem.offset, reason: "").position(in: source.text)
            return BuildError(path: source.path, line: line, column: column, problem.message)
        }
    }

    /// Renders the template `name` (a page template, or the card) with a typed context.
    func render(_ name: String, _ context: TemplateValue) -> String {
        guard let output = library.render(name, value: context) else {
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
