import Foundation
import Testing

@testable import VeenbrandKit

/// The documentation's tables of fields (docs/content.md) and of template values
/// (docs/theme.md) are made from the kinds' fields and the templates' shapes, between
/// `<!-- generated: NAME -->` and `<!-- end -->`; this test fails when they differ, and
/// `VEENBRAND_RECORD=1 swift test` writes them anew.
@Suite struct DocsTablesTests {
    static let docs = TestSite.repository.appendingPathComponent("docs")

    /// A kind's fields as a Markdown table.
    static func fieldTable(_ kind: DocumentKind) -> String {
        var lines = ["| field | type | required | meaning |", "| --- | --- | --- | --- |"]
        for field in kind.fields {
            let required =
                field.isRequired ? "yes" : field.type == .pictureText ? "with `image`" : "no"
            lines.append("| `\(field.name)` | \(field.type.documented) | \(required) | \(field.meaning) |")
        }
        return lines.joined(separator: "\n")
    }

    /// A shape's members, each nested shape named by its name in italics.
    static func members(_ shape: TemplateShape) -> String {
        shape.members.map { member in
            switch member.content {
            case .text: "`\(member.name)`"
            case .flag: "`\(member.name)` (flag)"
            case .texts: "`\(member.name)` (list of texts)"
            case .labels: "`\(member.name)` (the UI strings)"
            case .object(let inner): "`\(member.name)` (*\(inner.name)*)"
            case .list(let inner): "`\(member.name)` (list of *\(inner.name)*)"
            }
        }.joined(separator: ", ")
    }

    /// Every template with what it is given beyond what every page has, then every shape of
    /// value those hold, each once.
    static func valueTables() -> String {
        var lines = ["| template | values |", "| --- | --- |"]
        let common = Set(PageValues.root("", []).members.map(\.name))
        var shapes: [TemplateShape] = []
        func collect(_ shape: TemplateShape) {
            guard !shapes.contains(where: { $0 === shape }) else { return }
            shapes.append(shape)
            for member in shape.members {
                if case .object(let inner) = member.content { collect(inner) }
                if case .list(let inner) = member.content { collect(inner) }
            }
        }
        for use in Kinds.templates {
            let own = TemplateShape(use.root.name, use.root.members.filter { !common.contains($0.name) })
            lines.append("| `\(use.name)` | \(own.members.isEmpty ? "nothing more" : members(own)) |")
            for member in use.root.members {
                if case .object(let inner) = member.content { collect(inner) }
                if case .list(let inner) = member.content { collect(inner) }
            }
        }
        lines += ["", "| value | holds |", "| --- | --- |"]
        for shape in shapes.sorted(by: { $0.name < $1.name }) {
            lines.append("| *\(shape.name)* | \(members(shape)) |")
        }
        return lines.joined(separator: "\n")
    }

    static var tables: [(file: String, name: String, text: String)] {
        Kinds.documents.map { ("content.md", "fields of \($0.folder)", fieldTable($0)) }
            + [("theme.md", "template values", valueTables())]
    }

    @Test func theDocumentationsTablesAreTheDeclaredOnes() throws {
        for (file, name, text) in Self.tables {
            let url = Self.docs.appendingPathComponent(file)
            var page = try String(contentsOf: url, encoding: .utf8)
            let start = "<!-- generated: \(name) -->\n"
            guard let open = page.range(of: start),
                let close = page.range(of: "<!-- end -->", range: open.upperBound..<page.endIndex)
            else {
                Issue.record("docs/\(file) has no '\(start)…<!-- end -->'")
                continue
            }
            let current = String(page[open.upperBound..<close.lowerBound])
            if GoldenSiteTests.record {
                page.replaceSubrange(open.upperBound..<close.lowerBound, with: text + "\n")
                try page.write(to: url, atomically: true, encoding: .utf8)
            } else {
                #expect(current == text + "\n", "docs/\(file): \(name) differs; record with VEENBRAND_RECORD=1")
            }
        }
    }
}
