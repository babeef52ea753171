/// A standalone page (`content/paginas/*.md`): "Over de beweging", "Privacy"… Published at
/// `/<slug>/`, outside the flow of news.
struct Page: Document {
    static let noun = "page"

    var path: String
    var slug: Slug
    var title: String
    var summary: String?
    /// Position in the main menu (lowest first); nil: not in the menu.
    var menu: Int?
    /// The menu's word for the page, if not its title ("Over ons").
    var menuTitle: String?
    var draft: Bool
    var updated: ArticleDate?
    /// The page's image, its alt text and where `image:` was written (see `Article.image`).
    var image: String?
    var imageAlt: String?
    var imageLocation: SourceLocation
    var aliases: [Alias]
    var slugLocation: SourceLocation

    var sitePath: SitePath { .page(slug) }

    /// Every field, once (see `Article.visitFields`).
    mutating func visitFields(_ visitor: inout some FieldVisitor) {
        visitor.visit("path", &path)
        visitor.visit("slug", &slug)
        visitor.visit("title", &title)
        visitor.visit("summary", &summary)
        visitor.visit("menu", &menu)
        visitor.visit("menuTitle", &menuTitle)
        visitor.visit("draft", &draft)
        visitor.visit("updated", &updated)
        visitor.visit("image", &image)
        visitor.visit("imageAlt", &imageAlt)
        visitor.visit("imageLocation", &imageLocation)
        visitor.visit("aliases", &aliases)
        visitor.visit("slugLocation", &slugLocation)
    }
}
