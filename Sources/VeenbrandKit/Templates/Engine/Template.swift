/// A compiled Mustache template: its source parsed once into nodes, names split once.
struct Template: Sendable {
    let nodes: [TemplateNode]

    /// Compiles `source`, or throws its first syntax error with where it is.
    init(_ source: String) throws(TemplateSyntaxError) {
        var tokenizer = TemplateTokenizer(source)
        var builder = TemplateBuilder(tokens: TemplateLines.apply(try tokenizer.tokens()))
        nodes = try builder.nodes(closing: nil, dedent: "")
    }
}

/// A dotted name split into its parts; no parts is `.`, the top of the context stack.
struct TemplateName: Sendable {
    let parts: [String]
    /// The parts with their hashes, to look up.
    let keys: [HashedName]

    init(_ name: String) {
        parts = name == "." ? [] : name.split(separator: ".").map(String.init)
        keys = parts.map(HashedName.init)
    }
}

/// A block's content, and the indentation its lines get where it is expanded.
struct TemplateBlock: Sendable {
    let nodes: [TemplateNode]
    let indent: String
}

indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` or `{{{name}}}`, with where its tag starts in the source (in bytes).
    case value(TemplateName, escaped: Bool, at: Int)
    case section(TemplateName, [TemplateNode], inverted: Bool, at: Int)
    case partial(String, indent: String)
    /// `{{<name}}`: the template `name` with the blocks given here in place of its own.
    case parent(String, indent: String, overrides: [String: TemplateBlock])
    /// `{{$name}}default{{/name}}`: a place a child template may fill.
    case block(String, TemplateBlock)
}

/// Builds the node tree from the tokens, matching sections with their ends. Block content
/// whose opening tag stands alone loses the indentation of its first line (and the lines
/// after lose as much), which is given back where the block is expanded.
private struct TemplateBuilder {
    let tokens: [TemplateToken]
    var index = 0

    init(tokens: [TemplateToken]) { self.tokens = tokens }

    mutating func nodes(closing open: TemplateToken?, dedent: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text:
                let text = token.startsLine ? dropPrefix(dedent, of: token.text) : token.text
                if case .text(let before)? = nodes.last {
                    nodes[nodes.count - 1] = .text(before + text)
                } else if !text.isEmpty {
                    nodes.append(.text(text))
                }
            case .value, .rawValue:
                nodes.append(.value(TemplateName(token.text), escaped: token.kind == .value, at: token.offset))
            case .section, .inverted:
                let content = try self.nodes(closing: token, dedent: dedent)
                nodes.append(
                    .section(TemplateName(token.text), content, inverted: token.kind == .inverted, at: token.offset))
            case .partial: nodes.append(.partial(token.text, indent: dropPrefix(dedent, of: token.indent)))
            case .parent:
                let content = try self.nodes(closing: token, dedent: dedent)
                var overrides: [String: TemplateBlock] = [:]
                for case .block(let name, let block) in content { overrides[name] = block }
                nodes.append(.parent(token.text, indent: dropPrefix(dedent, of: token.indent), overrides: overrides))
            case .block: nodes.append(.block(token.text, try block(token, dedent: dedent)))
            case .close:
                guard token.text == open?.text else {
                    throw TemplateSyntaxError(
                        offset: token.offset,
                        reason: open.map { "this closing tag does not match the open section '\($0.text)'" }
                            ?? "this closing tag closes no section")
                }
                return nodes
            case .comment, .delimiters: break
            }
        }
        if let open {
            throw TemplateSyntaxError(offset: open.offset, reason: "a section is opened but never closed")
        }
        return nodes
    }

    /// A block's content and where it is expanded, its indentation: when its opening tag
    /// stands alone, that of the tag plus that of the content's first line (which the
    /// content loses); else the whitespace before the tag, if only whitespace is.
    private mutating func block(_ open: TemplateToken, dedent: String) throws(TemplateSyntaxError) -> TemplateBlock {
        guard open.standsAlone, index < tokens.count, tokens[index].kind != .close || tokens[index].text != open.text
        else {
            let nodes = try nodes(closing: open, dedent: dedent)
            return TemplateBlock(nodes: nodes, indent: dropPrefix(dedent, of: open.indent))
        }
        let intrinsic = dropPrefix(dedent, of: tokens[index].lineIndent)
        let nodes = try nodes(closing: open, dedent: dedent + intrinsic)
        return TemplateBlock(nodes: nodes, indent: dropPrefix(dedent, of: open.indent) + intrinsic)
    }

    private func dropPrefix(_ prefix: String, of text: String) -> String {
        guard !prefix.isEmpty else { return text }
        var rest = Substring(text)
        for character in prefix {
            guard rest.first == character else { break }
            rest = rest.dropFirst()
        }
        return String(rest)
    }
}
