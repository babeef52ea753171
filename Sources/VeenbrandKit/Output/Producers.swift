/// Every kind of output the site has, in the order the route table and the sitemap list them.
/// A new kind of output is a new `Producer` in its own file, and one line here.
enum Producers {
    static let all: [any Producer] = [
        HomePages(),
        ArticlePages(),
        StandalonePages(),
        ThemeIndex(),
        ThemePages(),
        KeywordIndex(),
        KeywordPages(),
        Feeds(),
        SitemapFile(),
        RobotsFile(),
        NotFoundPage(),
        RedirectPages(),
        RedirectsFile(),
        CopiedFiles(),
    ]
}
