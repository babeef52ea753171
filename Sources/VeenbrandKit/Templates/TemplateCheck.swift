/// Checks, before anything is rendered, that every name a template looks up can be found in the
/// values it is rendered with, following the renderer: from the top of the stack down, sections
/// pushing what they open, partials and parents expanded where they stand, blocks filled by the
/// child that gives them. A name that no value there can have is a problem at its tag. A value
/// that may be absent (an article's author) is fine: absent, it renders nothing.
struct TemplateCheck {
    /// A name that cannot be found, where its tag is.
    struct Problem: Equatable {
        let template: String
        let offset: Int
        let message: String
    }

    let templates: [String: Template]
    /// The names of the UI strings (`{{t.…}}`).
    let labels: Set<String>
    private(set) var problems: [Problem] = []
    private var checked: Set<String> = []
    private var depth = 0
    private var expansions = 0
    /// How many expansions the limits have refused.
    private var cuts = 0
    /// The lists whose sections are open where the walk is: where each was found, and its name.
    private var openLists: [String] = []

    init(templates: [String: Template], labels: Set<String>) {
        self.templates = templates
        self.labels = labels
    }

    /// What can be on the stack while a template renders.
    private enum Frame {
        case shape(TemplateShape)
        case labels
        /// A text (a section on a text pushes it: `{{.}}`), which has no names.
        case text
    }

    /// Checks the template `name`, rendered with a value of `root`'s shape.
    mutating func check(_ name: String, root: TemplateShape) {
        guard let template = templates[name] else { return }
        // The renderer's limits are a page's: each use starts afresh.
        (depth, expansions, openLists) = (0, 0, [])
        walk(template.nodes, in: name, stack: [.shape(root)], overrides: [:])
    }

    private mutating func walk(
        _ nodes: [TemplateNode], in file: String, stack: [Frame], overrides: [String: (TemplateBlock, String)]
    ) {
        for node in nodes {
            switch node {
            case .text: continue
            case .value(let name, _, let offset):
                _ = resolve(name, in: stack, file: file, offset: offset)
            case .section(let name, let content, let inverted, let offset):
                let found = resolve(name, in: stack, file: file, offset: offset)
                if !inverted, case .list? = found, let list = Self.listKey(name, in: stack) {
                    guard !openLists.contains(list) else {
                        let tag = name.parts.joined(separator: ".")
                        problem(
                            file, offset,
                            "'{{#\(tag)}}' inside '{{#\(tag)}}' repeats the whole list for each of its items "
                                + "(and again within, without end): close the outer section first")
                        continue
                    }
                    openLists.append(list)
                    walkSection(found, content, in: file, stack: stack, overrides: overrides)
                    openLists.removeLast()
                    continue
                }
                walkSection(inverted ? nil : found, content, in: file, stack: stack, overrides: overrides)
            case .partial(let name, _):
                let key = Self.visitKey(name, stack, overrides, openLists: openLists)
                guard let partial = templates[name], checked.insert(key).inserted else { continue }
                let cuts = self.cuts
                expand(partial.nodes, in: name, stack: stack, overrides: overrides)
                // Cut short by the limits, it was not checked whole: reached again, it is walked again.
                if self.cuts != cuts { checked.remove(key) }
            case .parent(let name, _, let own):
                guard let parent = templates[name] else { continue }
                let given = own.mapValues { ($0, file) }.merging(overrides) { _, outer in outer }
                expand(parent.nodes, in: name, stack: stack, overrides: given)
            case .block(let name, let block):
                if let (content, origin) = overrides[name] {
                    expand(content.nodes, in: origin, stack: stack, overrides: overrides)
                } else {
                    expand(block.nodes, in: file, stack: stack, overrides: overrides)
                }
            }
        }
    }

    /// Walks a section's content with what it opens (`found`, nil for an inverted one) pushed.
    private mutating func walkSection(
        _ found: TemplateShape.Content?, _ content: [TemplateNode], in file: String, stack: [Frame],
        overrides: [String: (TemplateBlock, String)]
    ) {
        var inner = stack
        switch found {
        case .object(let shape)?, .list(let shape)?: Self.push(.shape(shape), on: &inner)
        case .text?, .texts?: Self.push(.text, on: &inner)
        case .labels?: Self.push(.labels, on: &inner)
        case .flag?, nil: break
        }
        walk(content, in: file, stack: inner, overrides: overrides)
    }

    /// Which list `name` opens: the shape that has it, and its name there. The same list
    /// reached inside itself, by whatever name (`{{#page.menu}}`, `{{#page}}{{#menu}}`), is the
    /// same member of the same shape.
    private static func listKey(_ name: TemplateName, in stack: [Frame]) -> String? {
        guard let first = name.parts.first else { return nil }
        var owner: TemplateShape?
        for frame in stack.reversed() {
            if case .shape(let shape) = frame, shape.slots[first] != nil {
                owner = shape
                break
            }
        }
        guard var shape = owner else { return nil }
        var member = first
        for part in name.parts.dropFirst() {
            guard let slot = shape.slots[member], case .object(let inner) = shape.members[slot].content else {
                return nil
            }
            shape = inner
            member = part
        }
        return "\(ObjectIdentifier(shape)) \(member)"
    }

    /// Walks an expansion as the renderer renders it: within its limits, beyond which it
    /// renders nothing (a template that contains itself ends).
    private mutating func expand(
        _ nodes: [TemplateNode], in file: String, stack: [Frame], overrides: [String: (TemplateBlock, String)]
    ) {
        guard depth < TemplateRenderer.maximumDepth, expansions < TemplateRenderer.maximumExpansions else {
            cuts += 1
            return
        }
        expansions += 1
        depth += 1
        walk(nodes, in: file, stack: stack, overrides: overrides)
        depth -= 1
    }

    /// What a partial is checked once with: its name, the stack, the blocks and the open lists
    /// (a partial that includes itself with the same stack ends at once).
    private static func visitKey(
        _ name: String, _ stack: [Frame], _ overrides: [String: (TemplateBlock, String)], openLists: [String]
    ) -> String {
        let blocks = overrides.map { "\($0.key)@\($0.value.1)" }.sorted()
        return ([name] + stack.map(Self.key) + ["blocks"] + blocks + ["lists"] + openLists).joined(separator: "|")
    }

    /// Pushes `frame`, taking it from lower down if it is there already: names are found in its
    /// upper place first, so the stack finds the same values, and one that a partial keeps
    /// pushing stops growing (and the partial is checked once with it).
    private static func push(_ frame: Frame, on stack: inout [Frame]) {
        let frameKey = key(frame)
        stack.removeAll { key($0) == frameKey }
        stack.append(frame)
    }

    private static func key(_ frame: Frame) -> String {
        switch frame {
        case .shape(let shape): String(describing: ObjectIdentifier(shape))
        case .labels: "labels"
        case .text: "text"
        }
    }

    /// What `name` holds where the stack is `stack`, or nil (with a problem recorded).
    private mutating func resolve(_ name: TemplateName, in stack: [Frame], file: String, offset: Int)
        -> TemplateShape.Content?
    {
        guard let first = name.parts.first else { return .text }
        var found: TemplateShape.Content?
        for frame in stack.reversed() {
            switch frame {
            case .shape(let shape): found = shape.slots[first].map { shape.members[$0].content }
            case .labels: found = labels.contains(first) ? .text : nil
            case .text: found = nil
            }
            if found != nil { break }
        }
        guard var current = found else {
            let names = stack.flatMap(names(in:))
            problem(file, offset, "there is no value '\(first)' here\(hint(first, names))")
            return nil
        }
        for part in name.parts.dropFirst() {
            switch current {
            case .object(let shape):
                guard let slot = shape.slots[part] else {
                    let names = shape.members.map(\.name)
                    problem(file, offset, "\(shape.name) has no value '\(part)'\(hint(part, names))")
                    return nil
                }
                current = shape.members[slot].content
            case .labels:
                guard labels.contains(part) else {
                    problem(
                        file, offset,
                        "there is no UI string '\(part)' in the theme's language file\(hint(part, labels.sorted()))")
                    return nil
                }
                current = .text
            default:
                problem(file, offset, "'\(name.parts.joined(separator: "."))': '\(first)' holds no names")
                return nil
            }
        }
        return current
    }

    private func names(in frame: Frame) -> [String] {
        if case .shape(let shape) = frame { shape.members.map(\.name) } else { [] }
    }

    private func hint(_ name: String, _ names: [String]) -> String {
        Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
    }

    private mutating func problem(_ file: String, _ offset: Int, _ message: String) {
        // One problem at a tag, however many ways it is reached.
        guard !problems.contains(where: { $0.template == file && $0.offset == offset }) else { return }
        problems.append(Problem(template: file, offset: offset, message: message))
    }
}
