/// Every kind of document and every kind of output the site has. A new kind of output is a
/// new `Producer` in its own file and one line here; a new kind of document, a new
/// `DocumentKind` (with its fields and parser) and one line here, with a producer for its pages.
enum Kinds {
    /// The documents editors write, each kind in a folder of its own.
    static let documents: [any DocumentKind.Type] = [Articles.self, Pages.self]

    /// The outputs, in the order the route table and the sitemap list them.
    static let producers: [any Producer] = [
        HomePages(),
        ArticlePages(),
        StandalonePages(),
        TopicIndex(),
        TopicPages(),
        KeywordIndex(),
        KeywordPages(),
        ArchiveIndex(),
        ArchiveYears(),
        SearchPage(),
        ShareCards(),
        Feeds(),
        FeedStylesheet(),
        SitemapFile(),
        RobotsFile(),
        NotFoundPage(),
        RedirectPages(),
        RedirectsFile(),
        CopiedFiles(),
        ImageCopies(),
        SiteIcons(),
        CMSAdmin(),
    ]

    /// Every template the theme must have.
    static var templates: [String] { producers.flatMap(\.templates) + [TemplateSet.cardTemplate] }
}
