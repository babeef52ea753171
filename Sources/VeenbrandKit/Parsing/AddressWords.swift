/// The words of the site's addresses, each declared once, here: `/nieuws/…`, `/themas/…`,
/// `/pagina/2/`. site.yaml's `paths:` can set any of them:
///
/// ```yaml
/// paths:
///   articles: news        # /news/<slug>/ instead of /nieuws/<slug>/
///   page: page            # /page/2/ instead of /pagina/2/
/// ```
///
/// Only the addresses change: the folders in `content/` keep their names.
struct AddressWords: Sendable, Hashable {
    static let defaults: [AddressWord: String] = [
        .articles: "nieuws", .themes: "themas", .keywords: "trefwoorden", .archive: "archief", .search: "zoeken",
        .page: "pagina", .agenda: "agenda", .follow: "volgen",
    ]

    /// The name of a page's share card, `deelkaart.png` (`.jpg` for a crop of a photo).
    static let shareCard = "deelkaart"

    private var words: [AddressWord: String] = defaults

    init() {}

    /// The word for `key`.
    subscript(_ key: AddressWord) -> String { words[key] ?? Self.defaults[key]! }

    /// site.yaml's `paths:`, if given; an unknown key, a word that is not a slug, or one word for
    /// two parts of the site is an error at its line.
    static func parse(_ fields: inout YAMLMapping) -> (words: AddressWords, errors: [BuildError]) {
        var result = AddressWords()
        guard var mapping = fields.mapping("paths") else { return (result, []) }
        mapping.rejectUnknownKeys(AddressWord.allCases.map(\.rawValue))
        var usedBy: [String: AddressWord] = [:]
        for key in AddressWord.allCases {
            guard let word = mapping.string(key.rawValue), let node = mapping.node(key.rawValue) else { continue }
            guard Slug(made: word) != nil, word.utf8.count <= Slug.maxLength else {
                mapping.fail(
                    node,
                    "'\(key.rawValue)' '\(word)' must be one word of lowercase letters, digits and dashes, "
                        + "like \(Self.defaults[key]!)")
                continue
            }
            result.words[key] = word
        }
        for key in AddressWord.allCases {
            let word = result[key]
            if let other = usedBy[word], let node = mapping.node(key.rawValue) ?? mapping.node(other.rawValue) {
                mapping.fail(
                    node,
                    "'\(key.rawValue)' and '\(other.rawValue)' are both '\(word)': each part of the site needs a "
                        + "word of its own")
            }
            usedBy[word] = key
        }
        return (result, mapping.errors)
    }
}
