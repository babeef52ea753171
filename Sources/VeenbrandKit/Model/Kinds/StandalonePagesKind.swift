/// Standalone pages, outside the flow of news ("Over de beweging", "Privacy"):
/// `content/paginas/*.md`, published at `/<slug>/`, in the menu or the footer.
extension DocumentKind {
    static let standalonePages = DocumentKind(
        noun: "page", folder: "content/paginas",
        fields: [.title, .summary, .menu, .menuTitle, .draft, .updated, .image, .imageAlt, .slug, .aliases, .notes],
        word: nil,
        collection: Collection(label: "Pagina's", singular: "Pagina", summary: "{{title}}", sortedBy: ["title"]))
}

extension Field {
    static let menu = Field(
        "menu", .position, label: "Plaats in het menu",
        hint: "1, 2, 3 …: waar de pagina in het hoofdmenu staat. Leeg: niet in het menu, wel onderaan elke pagina.",
        meaning: "its place in the main menu (1, 2, …), after the site's own sections; without one, it is not in "
            + "the menu but linked from the footer")
    static let menuTitle = Field(
        "menuTitle", .text, label: "Titel in het menu",
        meaning: "the menu's word for the page, if not its title (\"Over ons\" for \"Over de beweging\")")
}
