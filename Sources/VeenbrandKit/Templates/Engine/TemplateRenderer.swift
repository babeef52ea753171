/// Renders compiled templates against a stack of typed values, as the Mustache
/// specification describes: names are looked up from the top of the stack down, the rest of
/// a dotted name only in what its first part found; partials and parents are expanded by
/// name, indented where their tag stood alone; blocks take what the outermost child gives.
struct TemplateRenderer {
    let templates: [String: Template]
    private(set) var output = ""
    private var indent = ""
    private var atLineStart = true
    private var depth = 0
    private var expansions = 0

    /// Expansions within expansions beyond this render nothing: a template that contains
    /// itself ends instead of exhausting the stack.
    static let maximumDepth = 64
    /// Expansions in one render beyond this render nothing: one that contains itself twice
    /// would otherwise double its work at every level. A page of the theme makes a few dozen.
    static let maximumExpansions = 10_000
    /// List items rendered in one render beyond this render nothing: sections of lists nested
    /// in each other multiply (twelve deep, for minutes). The largest page of a 50,000-article
    /// site renders a few tens of thousands.
    static let maximumListItems = 1_000_000
    private var listItems = 0

    /// Output grows as it is written: a reserved capacity would stay with every card kept.
    init(templates: [String: Template]) { self.templates = templates }

    mutating func render(
        _ nodes: [TemplateNode], _ stack: inout [TemplateValue], _ overrides: [String: TemplateBlock]
    ) {
        for node in nodes {
            switch node {
            case .text(let text): writeTemplateText(text)
            case .value(let name, let escaped, _):
                guard let value = Self.lookup(name, in: stack) else { continue }
                let text = value.rendered
                write(escaped ? Escaping.html(text) : text)
            case .section(let name, let content, let inverted, _):
                let value = Self.lookup(name, in: stack)
                guard inverted == !(value?.isTruthy ?? false) else { continue }
                switch value {
                case .list(let items)? where !inverted:
                    for item in items {
                        guard listItems < Self.maximumListItems else { break }
                        listItems += 1
                        stack.append(item)
                        render(content, &stack, overrides)
                        stack.removeLast()
                    }
                case let value? where !inverted && !value.isFlag:
                    stack.append(value)
                    render(content, &stack, overrides)
                    stack.removeLast()
                default: render(content, &stack, overrides)
                }
            case .partial(let name, let partialIndent):
                guard let template = templates[name] else { continue }
                expand(template.nodes, indentedBy: partialIndent, &stack, overrides)
            case .parent(let name, let parentIndent, let own):
                guard let template = templates[name] else { continue }
                expand(template.nodes, indentedBy: parentIndent, &stack, own.merging(overrides) { _, outer in outer })
            case .block(let name, let block):
                let content = overrides[name]?.nodes ?? block.nodes
                expand(content, indentedBy: block.indent, &stack, overrides)
            }
        }
    }

    private mutating func expand(
        _ nodes: [TemplateNode], indentedBy extra: String, _ stack: inout [TemplateValue],
        _ overrides: [String: TemplateBlock]
    ) {
        guard depth < Self.maximumDepth, expansions < Self.maximumExpansions else { return }
        expansions += 1
        let outer = indent
        indent += extra
        depth += 1
        render(nodes, &stack, overrides)
        depth -= 1
        indent = outer
    }

    /// The value `name` names: its first part from the top of the stack down, the rest each
    /// in what the part before found.
    static func lookup(_ name: TemplateName, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.keys.first else { return stack.last }
        var found: TemplateValue?
        // Read in place (no copy of each value passed over): pages look names up by the thousand.
        var index = stack.endIndex
        while index > stack.startIndex, found == nil {
            index -= 1
            found = stack[index].child(first)
        }
        for part in name.keys.dropFirst() {
            guard let value = found else { return nil }
            found = value.child(part)
        }
        return found
    }

    /// Template text: each of its lines indented, when an expansion is.
    private mutating func writeTemplateText(_ text: String) {
        guard !indent.isEmpty else {
            output += text
            atLineStart = text.utf8.last == UInt8(ascii: "\n")
            return
        }
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        while lineStart < utf8.endIndex {
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            if atLineStart { output += indent }
            output += String(decoding: utf8[lineStart..<lineEnd], as: UTF8.self)
            atLineStart = newline != nil
            lineStart = lineEnd
        }
    }

    /// A value: indented if it starts a line, but its own lines are left as they are.
    private mutating func write(_ text: String) {
        guard !text.isEmpty else { return }
        if atLineStart, !indent.isEmpty { output += indent }
        output += text
        atLineStart = false
    }
}

extension TemplateValue {
    fileprivate var isFlag: Bool {
        if case .flag = self { true } else { false }
    }
}

/// Compiled templates by name.
struct TemplateLibrary: Sendable {
    let templates: [String: Template]

    /// The template `name` rendered with `context` at the bottom of the stack, or nil if
    /// there is no such template.
    func render(_ name: String, _ context: any TemplateParent) -> String? { render(name, value: .object(context)) }

    /// The template `name` rendered with `root` at the bottom of the stack (any value: the
    /// specification's tests also render with a text or a list), or nil if there is none.
    func render(_ name: String, value root: TemplateValue) -> String? {
        guard let template = templates[name] else { return nil }
        var renderer = TemplateRenderer(templates: templates)
        var stack: [TemplateValue] = [root]
        renderer.render(template.nodes, &stack, [:])
        return renderer.output
    }
}
