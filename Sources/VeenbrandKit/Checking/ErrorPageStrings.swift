/// The error page's words in the site's language: the theme's UI strings for the language that
/// site.yaml names (`errorPage…` and `advice…` keys). A theme without them, or a site whose
/// settings or strings cannot be read, gets a plain English page with the English messages.
struct ErrorPageStrings {
    let language: String
    private let labels: [String: String]

    /// What the page needs at the least, in English, for a theme without error-page strings.
    static let fallback = [
        "errorPageTitle": "The site could not be built",
        "errorPageOne": "1 error. Fix it and save: this page reloads by itself.",
        "errorPageMany": "{count} errors. Fix them and save: this page reloads by itself.",
        "errorPageWhere": "{path}, line {line}, column {column}",
        "errorPageExcerpt": "Lines {from} to {to}",
    ]

    init(language: String, labels: [String: String]) {
        self.language = language
        self.labels = labels
    }

    /// The strings for the site in `site`, read through the site folder as the build reads them.
    static func load(site: SourceFolder) -> ErrorPageStrings {
        let language = siteLanguage(site) ?? "nl"
        let path = SourceFolder.stringsFolder + "/" + language + ".yaml"
        guard language.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }),
            let file = try? site.read(path, maxBytes: 1 << 20),
            let strings = try? UIStrings.parse(file.text, path: path),
            fallback.keys.allSatisfy({ strings.labels[$0] != nil })
        else { return ErrorPageStrings(language: "en", labels: fallback) }
        return ErrorPageStrings(language: language, labels: strings.labels)
    }

    private static func siteLanguage(_ site: SourceFolder) -> String? {
        guard let file = try? site.read("content/site.yaml", maxBytes: 1 << 20),
            var fields = try? YAMLMapping(yaml: file.text, path: file.path, firstLine: 1, what: "site.yaml")
        else { return nil }
        return fields.string("language")
    }

    /// The string for `key` with `{name}` placeholders filled in (values already HTML); nil
    /// when the theme has none.
    func text(_ key: String, _ values: [String: String] = [:]) -> String? {
        guard let template = labels[key] else { return nil }
        // One pass from left to right: a value that holds `{line}` is not filled in again.
        var text = ""
        var rest = Escaping.html(template)[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                text += value
                rest = after[after.index(after: close)...]
            } else {
                text += "{"
                rest = after
            }
        }
        return text + rest
    }

    /// Like `text`, for the keys every page needs (which `load` made sure exist).
    func required(_ key: String, _ values: [String: String] = [:]) -> String {
        text(key, values) ?? Escaping.html(Self.fallback[key] ?? key)
    }
}
