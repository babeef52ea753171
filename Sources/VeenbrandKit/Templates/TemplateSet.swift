import Foundation
import Mustache

/// The theme's compiled Mustache templates, by name (`article`, `partials/head`, …).
///
/// Every template the site renders with must exist (each producer names its own), and every
/// partial or parent a template names must exist too: a missing template is an error, never an
/// empty page.
struct TemplateSet: Sendable {
    /// Renders one article as lists show it, once per article (`{{{card}}}` in lists); must exist.
    static let cardTemplate = "card"

    private let library: MustacheLibrary
    private let names: Set<String>

    /// Compiles `files` (paths like `theme/templates/article.mustache`), reporting every
    /// syntax error, every template of `required` that is missing and every unknown partial.
    /// Every template gets `HTMLEscaping` through a pragma line put before its first line
    /// (swift-mustache resets the escaping for each partial and parent); positions in errors
    /// are given in the file as written.
    static func compile(_ files: [SourceFile], folder: String, required: [String]) throws(BuildFailure) -> TemplateSet {
        HTMLEscaping.register()
        var library = MustacheLibrary()
        var errors: [BuildError] = []
        var names = Set<String>()
        let prefix = folder + "/"
        for file in files {
            let name = String(file.path.dropFirst(prefix.count).dropLast(".mustache".count))
            names.insert(name)
            do {
                try library.register(HTMLEscaping.pragmaLine + SourceText.normalize(file.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                errors.append(
                    BuildError(
                        path: file.path, line: error.context.lineNumber - 1,
                        column: error.context.columnNumber + 1,
                        "template syntax error: \(describe(error.error))"))
            } catch {
                errors.append(BuildError(path: file.path, "template syntax error: \(error)"))
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
        return TemplateSet(library: library, names: names)
    }

    /// Renders the template `name` (a page template, or the card) with a typed context.
    func render(_ name: String, _ context: MustacheParent) -> String {
        guard names.contains(name), let output = library.render(context, withTemplate: name) else {
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

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "this closing tag does not match the open section"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "invalid set-delimiter tag"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection, MustacheTemplate.Error.textInsideInheritSection:
            return "only {{$block}} overrides may appear inside a {{<parent}} tag"
        default: return "\(error)"
        }
    }
}
