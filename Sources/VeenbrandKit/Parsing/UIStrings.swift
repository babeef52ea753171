/// The theme's UI strings in the site's language, from `theme/i18n/<language>.yaml`.
///
/// Every text field is available to templates as `{{t.<key>}}`; `months` (twelve names)
/// is used for long dates such as "5 oktober 2021", `weekdays` (seven, Sunday first) for an
/// event's day ("donderdag 7 oktober 2021").
final class UIStrings: Sendable {
    let labels: [String: String]
    let monthNames: [String]
    let weekdayNames: [String]
    /// The labels as templates find them (`{{t.news}}` on every page), by their hashed names.
    private let table: HashedNameTable
    private let values: [TemplateValue]

    init(labels: [String: String], monthNames: [String], weekdayNames: [String] = []) {
        self.labels = labels
        self.monthNames = monthNames
        self.weekdayNames = weekdayNames
        let names = labels.keys.sorted()
        table = HashedNameTable(names)
        values = names.map { .text(labels[$0]!) }
    }

    static func parse(_ text: String, path: String) throws(BuildFailure) -> UIStrings {
        var fields: YAMLMapping
        do {
            fields = try YAMLMapping(yaml: text, path: path, firstLine: 1, what: "the UI strings")
        } catch {
            throw BuildFailure([error])
        }
        let months = fields.names("months").map(\.name)
        if months.count != 12 {
            let location = fields.node("months").map(fields.location(of:)) ?? fields.start
            fields.fail(location, "'months' must list the twelve month names, January first")
        }
        let weekdays = fields.names("weekdays").map(\.name)
        if weekdays.count != 7 {
            let location = fields.node("weekdays").map(fields.location(of:)) ?? fields.start
            fields.fail(location, "'weekdays' must list the seven names of the days, Sunday first")
        }
        var labels: [String: String] = [:]
        for key in fields.keys where key != "months" && key != "weekdays" {
            // An empty text is a label too: a word the language does without (English has no "uur").
            if fields.node(key)?.scalar?.string.isEmpty == true { labels[key] = "" }
            if let value = fields.string(key) { labels[key] = value }
        }
        if !fields.errors.isEmpty { throw BuildFailure(fields.errors) }
        return UIStrings(labels: labels, monthNames: months, weekdayNames: weekdays)
    }

    /// A label, or its key when the language file lacks it (so the gap is visible, not blank).
    subscript(_ key: String) -> String { labels[key] ?? key }
}

/// The UI strings as templates see them: `{{t.news}}`.
extension UIStrings: TemplateParent {
    func child(named name: String) -> TemplateValue? { labels[name].map(TemplateValue.text) }

    func child(_ key: HashedName) -> TemplateValue? { table.place(of: key).map { values[$0] } }
}
