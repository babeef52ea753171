/// Every kind of document and every kind of output the site has. A new kind of output is a
/// new `Producer` in its own file and one line here; a new kind of document, its
/// `DocumentKind` (its fields, as data) and one line here, with a producer for its pages.
enum Kinds {
    /// The documents editors write, each kind in a folder of its own.
    static let documents: [DocumentKind] = [.articles, .standalonePages, .agenda]

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
        FollowPage(),
        AgendaPages(),
        EventPages(),
        ShareCards(),
        Feeds(),
        AgendaFeed(),
        EventCalendars(),
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

    /// Every template the theme must have, with the values each is rendered with.
    static let templates: [TemplateUse] = producers.flatMap(\.templates) + [ItemValues.cardUse]
}
