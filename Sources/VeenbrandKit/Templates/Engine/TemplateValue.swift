/// A value as templates see it: text (escaped by `{{name}}`, as it is by `{{{name}}}`), a flag
/// (for `{{#name}}` and `{{^name}}`), an object with named values, a list (each item
/// rendered in turn by a section), or nothing: a name that is there without a value (an
/// optional value that is absent), which ends the lookup and renders nothing. Typed, so that
/// rendering never casts.
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case object(any TemplateParent)
    case list([TemplateValue])
    case nothing

    /// A list of objects.
    static func objects(_ items: [some TemplateParent]) -> TemplateValue { .list(items.map { .object($0) }) }

    /// A list of texts (`{{#tags}}{{.}}{{/tags}}`).
    static func texts(_ items: [String]) -> TemplateValue { .list(items.map { .text($0) }) }

    /// A number, as its digits.
    static func number(_ number: Int) -> TemplateValue { .text(String(number)) }

    /// The value `key` names in this one, if it is an object that has it.
    func child(_ key: HashedName) -> TemplateValue? {
        if case .object(let parent) = self { parent.child(key) } else { nil }
    }

    /// Whether a section renders: everything but `false`, an empty list and nothing.
    var isTruthy: Bool {
        switch self {
        case .flag(let flag): flag
        case .list(let items): !items.isEmpty
        case .text, .object: true
        case .nothing: false
        }
    }

    /// What `{{.}}` and `{{name}}` write (before escaping).
    var rendered: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .object, .list, .nothing: ""
        }
    }
}

/// Something templates look names up in: `{{name}}`, `{{#name}}…{{/name}}`, `{{a.b}}`.
protocol TemplateParent: AnyObject, Sendable {
    /// The value named `name`, or nil if there is none (the lookup goes on down the stack).
    func child(named name: String) -> TemplateValue?
    /// The value named by `key`; by default, `child(named: key.name)`.
    func child(_ key: HashedName) -> TemplateValue?
}

extension TemplateParent {
    func child(_ key: HashedName) -> TemplateValue? { child(named: key.name) }
}
