/// What templates can find in a kind of value: its names, and what each holds. Declared once
/// per kind of value; the values are made to it (`record`), and every template of the theme is
/// checked against the shapes it is rendered with (`TemplateCheck`) before anything is made, so
/// that a name no value can have (`{{artcle.title}}`) is an error at its line, not an empty spot.
final class TemplateShape: Sendable {
    /// What a name holds.
    enum Content: Sendable {
        case text
        /// For `{{#name}}` and `{{^name}}` only.
        case flag
        case object(TemplateShape)
        /// Objects of one shape, rendered in turn by a section.
        case list(TemplateShape)
        /// Texts, rendered in turn by a section as `{{.}}`.
        case texts
        /// The theme's UI strings (`{{t.news}}`): the names are the keys of its language file.
        case labels
    }

    struct Member: Sendable {
        let name: String
        let content: Content

        static func text(_ name: String) -> Member { Member(name: name, content: .text) }
        static func flag(_ name: String) -> Member { Member(name: name, content: .flag) }
        static func object(_ name: String, _ shape: TemplateShape) -> Member {
            Member(name: name, content: .object(shape))
        }
        static func list(_ name: String, _ shape: TemplateShape) -> Member { Member(name: name, content: .list(shape)) }
        static func texts(_ name: String) -> Member { Member(name: name, content: .texts) }
        static func labels(_ name: String) -> Member { Member(name: name, content: .labels) }
    }

    /// What a value of this shape is, for messages: "an article".
    let name: String
    let members: [Member]
    /// Each member's place in `members` (and in a record's values).
    let slots: [String: Int]
    /// The same, for rendering: found by a name's ready hash.
    let table: HashedNameTable

    /// A shape with `members`, after those of `parts` (a page's values: what every page has,
    /// then its own).
    init(_ name: String, including parts: [TemplateShape] = [], _ members: [Member]) {
        self.name = name
        let all = parts.flatMap(\.members) + members
        self.members = all
        var slots: [String: Int] = [:]
        for (slot, member) in all.enumerated() {
            precondition(slots[member.name] == nil, "\(name) has '\(member.name)' twice")
            slots[member.name] = slot
        }
        self.slots = slots
        table = HashedNameTable(all.map(\.name))
    }

    /// A value of this shape, from its values by name; a member not given holds nothing.
    func record(_ values: KeyValuePairs<String, TemplateValue?>) -> TemplateValue {
        .object(TemplateRecord(self, values))
    }

    /// A value of this shape whose first members are `first` (those of the parts it includes,
    /// made once: what every page has), and the rest given by name.
    func record(after first: [TemplateValue], _ values: KeyValuePairs<String, TemplateValue?>) -> TemplateValue {
        .object(TemplateRecord(self, after: first, values))
    }
}

/// A value made to a `TemplateShape`: each of its names looked up in one step.
final class TemplateRecord: TemplateParent {
    let shape: TemplateShape
    let values: [TemplateValue]

    /// The values `given` by name (after `first`, the values of the parts the shape includes).
    convenience init(
        _ shape: TemplateShape, after first: [TemplateValue] = [], _ given: KeyValuePairs<String, TemplateValue?>
    ) {
        self.init(shape, after: first, pairs: given.lazy.map { ($0.key, $0.value) })
    }

    /// The same, with the values given in a sequence.
    init(
        _ shape: TemplateShape, after first: [TemplateValue] = [], pairs given: some Sequence<(String, TemplateValue?)>
    ) {
        self.shape = shape
        var values = Self.values(shape, after: first)
        for (name, value) in given { values[Self.slot(name, in: shape)] = value ?? .nothing }
        self.values = values
    }

    /// `first`, then nothing for every other member.
    private static func values(_ shape: TemplateShape, after first: [TemplateValue]) -> [TemplateValue] {
        var values: [TemplateValue] = []
        values.reserveCapacity(shape.members.count)
        values += first
        values += repeatElement(.nothing, count: shape.members.count - first.count)
        return values
    }

    private static func slot(_ name: String, in shape: TemplateShape) -> Int {
        guard let slot = shape.table.place(of: HashedName(name)) else {
            preconditionFailure("\(shape.name) has no '\(name)'")
        }
        return slot
    }

    func child(named name: String) -> TemplateValue? { shape.slots[name].map { values[$0] } }

    func child(_ key: HashedName) -> TemplateValue? { shape.table.place(of: key).map { values[$0] } }
}
