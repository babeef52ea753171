/// One of the site's curated topics (*Thema's*), from `content/themes.yaml`; editors name them in
/// `themes:`.
struct Topic: Sendable, Hashable {
    let name: String
    let slug: Slug
    let description: String
    /// Position in themes.yaml, which is the display order.
    let order: Int
}

/// The curated list of topics; documents may only name these.
struct TopicCatalog: Sendable {
    let topics: [Topic]

    /// The topic a document names, or an error suggesting the closest listed name.
    func topic(named name: String, at location: SourceLocation) throws(BuildError) -> Topic {
        if let theme = topics.first(where: { $0.name == name }) { return theme }
        throw unknownTopic(name, at: location)
    }

    /// For the command line (`veenbrand new --theme`): a topic by its name or its slug.
    func topic(namedOrSlug text: String, at location: SourceLocation) throws(BuildError) -> Topic {
        if let theme = topics.first(where: { $0.name == text || $0.slug.value == text }) { return theme }
        throw unknownTopic(text, at: location)
    }

    /// "unknown theme", suggesting the theme whose slug the name makes, else the closest name,
    /// else the one name that contains it ('Medezeggenschap' → '… vernieuwen medezeggenschap').
    private func unknownTopic(_ name: String, at location: SourceLocation) -> BuildError {
        let names = topics.map(\.name)
        let bySlug = Slug(name).flatMap { slug in topics.first { $0.slug == slug }?.name }
        // A slug one letter off ('medezegenschap'), as an editor types a theme from its address.
        let nearSlug = Suggestion.closest(to: name, in: topics.map(\.slug.value)).flatMap { slug in
            topics.first { $0.slug.value == slug }?.name
        }
        let guess =
            bySlug ?? Suggestion.closest(to: name, in: names) ?? nearSlug ?? Suggestion.onlyContaining(name, in: names)
        let hint =
            guess.map { "; did you mean '\($0)'?" }
            ?? (names.isEmpty
                ? "; themes.yaml lists no themes"
                : "; the themes are: \(names.map { "'\($0)'" }.joined(separator: ", "))")
        var advice = Advice(kind: guess == nil ? .unknownThemeList : .unknownTheme, field: "themes")
        advice.value = name
        advice.suggestions = guess.map { [$0] } ?? names
        return BuildError(location, "unknown theme '\(name)'\(hint)", advice: advice)
    }
}
