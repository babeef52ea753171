import Testing

@testable import VeenbrandKit

/// Veenbrand's template engine beyond the specification: where syntax errors are, escaping,
/// and templates that contain themselves.
@Suite struct TemplateEngineTests {
    final class Fields: TemplateParent {
        let fields: [String: TemplateValue]

        init(fields: [String: TemplateValue]) { self.fields = fields }

        func child(named name: String) -> TemplateValue? { fields[name] }
    }

    func error(_ source: String) -> String {
        do {
            _ = try Template(source)
            return "no error"
        } catch {
            let (line, column) = error.position(in: source)
            return "\(line):\(column): \(error.reason)"
        }
    }

    func render(_ source: String, _ fields: [String: TemplateValue] = [:], partials: [String: String] = [:]) throws
        -> String?
    {
        var templates = try partials.mapValues { try Template($0) }
        templates["main"] = try Template(source)
        return TemplateLibrary(templates: templates).render("main", Fields(fields: fields))
    }

    @Test func syntaxErrorsSayWhereTheTagStarts() {
        #expect(error("<p>\n  <b>{{title</b>") == "2:6: a tag is not closed with '}}'")
        #expect(error("{{#a}}\n{{/b}}") == "2:1: this closing tag does not match the open section 'a'")
        #expect(error("x\n {{#a}}\nno end") == "2:2: a section is opened but never closed")
        #expect(error("{{/a}}") == "1:1: this closing tag closes no section")
        #expect(error("é ü {{=<% =}}") == "1:5: invalid set-delimiter tag")
        #expect(error("{{ }}") == "1:1: a tag has no name")
        #expect(error("{{=<% %>=}}<%x") == "1:12: a tag is not closed with '%>'")
        #expect(error("{{#a}}{{<p}}{{/a}}{{/p}}") == "1:13: this closing tag does not match the open section 'p'")
    }

    @Test func escapesByteByByte() throws {
        // A quote with a combining accent is one Character; it must still end no attribute.
        let value = "\"\u{301} onmouseover='x' <b>&"
        let html = try render("<a title=\"{{v}}\">{{{v}}}</a>", ["v": .text(value)])
        #expect(html == "<a title=\"&quot;\u{301} onmouseover=&#39;x&#39; &lt;b&gt;&amp;\">\(value)</a>")
    }

    @Test func aTemplateThatContainsItselfEnds() throws {
        let html = try render("[{{>main}}]")
        #expect(
            html == String(repeating: "[", count: TemplateRenderer.maximumDepth + 1)
                + String(repeating: "]", count: TemplateRenderer.maximumDepth + 1))
        #expect(try render("{{<p}}{{/p}}", partials: ["p": "x{{<p}}{{/p}}"]) == String(repeating: "x", count: 64))
        // Twice in itself: 2^64 expansions but for the budget.
        let doubled = try render("{{>p}}", partials: ["p": "x{{>p}}{{>p}}"])
        #expect(doubled?.count == TemplateRenderer.maximumExpansions)
    }

    @Test func valuesRenderAsSwiftMustacheRenderedThem() throws {
        let item = Fields(fields: ["name": .text("a"), "count": .number(2)])
        let fields: [String: TemplateValue] = [
            "empty": .text(""), "no": .flag(false), "items": .objects([item, item]), "item": .object(item),
            "tags": .texts(["x", "y"]),
        ]
        let source =
            "{{#empty}}E{{/empty}}{{^no}}N{{/no}}{{#items}}{{name}}{{count}}{{/items}}"
            + "{{item.name}}{{#tags}}{{.}}{{/tags}}"
        #expect(try render(source, fields) == "ENa2a2axy")
    }
}
