import Foundation

/// Options for one build.
public struct BuildOptions: Sendable {
    /// The site folder, holding `content/` and `theme/`.
    public var source: URL
    /// Where the site is written; default `<source>/output`.
    public var output: URL
    /// Replaces site.yaml's `baseURL` (e.g. for a staging deploy).
    public var baseURL: String?
    /// Whether articles marked `draft: true` are built.
    public var includeDrafts: Bool

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("output")
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }
}

/// What a finished build did.
public struct BuildSummary: Sendable, Equatable {
    public let articles: Int
    public let drafts: Int
    public let pages: Int
    public let feeds: Int
    public let copied: Int
}

/// The whole build: load → parse → render Markdown → assemble → render templates → write.
public enum Site {
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let writer = try OutputWriter(output: options.output, source: options.source)
        let sources = try SiteLoader(root: options.source).load()
        let parsed = try SiteParser.parse(sources, baseURLOverride: options.baseURL)
        let published = parsed.articles.filter { options.includeDrafts || !$0.draft }
        let renderer = MarkdownRenderer(unsafeHTML: parsed.config.unsafeHTML, baseURL: parsed.config.baseURL)
        let rendered = published.map(renderer.render)
        let model = SiteAssembler.assemble(rendered, config: parsed.config, strings: parsed.strings, catalog: parsed.catalog)
        let site = PageRenderer(model: model, templates: parsed.templates).render(copied: sources.copied)
        try writer.write(site)
        return BuildSummary(articles: site.articleCount, drafts: parsed.articles.count - published.count,
                            pages: site.pageCount, feeds: site.feedCount, copied: site.copied.count)
    }
}
