import Foundation

/// Options for one build.
public struct BuildOptions: Sendable {
    /// The site folder, holding `content/` and `theme/`.
    public var source: URL
    /// Where the site is written; default `<source>/output`.
    public var output: URL
    /// Replaces site.yaml's `baseURL` (e.g. for a staging deploy or the preview server).
    public var baseURL: String?
    /// Which articles are published, given the build's "now".
    public var publication: Publication
    /// Names the tool that builds (e.g. its version and file stamp). When set, a build whose
    /// sources, options and tool match the last one, with nothing newly due, leaves the output
    /// as it is (see `BuildManifest`); when nil, every build renders everything.
    public var toolStamp: String?

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, publication: Publication, toolStamp: String? = nil) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("output")
        self.baseURL = baseURL
        self.publication = publication
        self.toolStamp = toolStamp
    }
}

/// What a finished build did.
public struct BuildSummary: Sendable {
    public let articles: Int
    public let pages: Int
    public let feeds: Int
    public let copied: Int
    public let draftsSkipped: Int
    public let scheduledSkipped: Int
    public let nextScheduled: Publication.Scheduled?
    /// Nothing had changed since the last build: the output was left as it was.
    public var upToDate = false
}

/// The whole build: load → parse → render Markdown → assemble → render templates → write.
public enum Site {
    /// Builds the site. With a `cache` (kept by the caller from one build to the next, as the
    /// preview server does), unchanged articles are not read again, and only pages whose
    /// inputs changed are rendered and written, in place; the result is the same.
    public static func build(_ options: BuildOptions, progress: BuildProgress = .silent,
                             cache: BuildCache? = nil) throws(BuildFailure) -> BuildSummary {
        let writer = try OutputWriter(output: options.output, source: options.source)
        progress.stage(.load)
        let loader = SiteLoader(root: options.source)
        let stamp = options.toolStamp.map { tool in
            loader.fingerprint(with: [tool, options.output.path, options.baseURL ?? "",
                                      "drafts=\(options.publication.includeDrafts)", "future=\(options.publication.includeFuture)"])
        }
        // With --future, "Gepland" banners change as time passes: such builds are never skipped.
        if let stamp, !options.publication.includeFuture, let manifest = loader.manifest(for: options.output),
           manifest.isCurrent(stamp: stamp, now: options.publication.now) {
            return manifest.summary
        }
        let sources = loader.load(reusing: cache, settings: options.baseURL ?? "")
        let (copied, reused) = (sources.copied, sources.reusedArticles)
        let (articleSettings, pageSettings) = (sources.articleSettings, sources.pageSettings)
        progress.stage(.parse)
        let parsed = try SiteParser.parse(consume sources, baseURLOverride: options.baseURL,
                                          reused: cache?.entries(reused) ?? [])
        cache?.remember(parsed.articles, settings: articleSettings)
        let selection = options.publication.select(parsed.articles)
        let (config, strings, catalog, templates) = (parsed.config, parsed.strings, parsed.catalog, parsed.templates)
        _ = consume parsed
        progress.stage(.renderMarkdown)
        // Streaming: each body is read again and rendered as its page or a feed is written, so
        // no build holds every body or its HTML at once.
        let bodies = ArticleBodies(loader: loader, renderer: MarkdownRenderer(unsafeHTML: config.unsafeHTML, baseURL: config.baseURL))
        let (draftsSkipped, scheduledSkipped, nextScheduled) = (selection.draftsSkipped, selection.scheduledSkipped, selection.nextScheduled)
        progress.stage(.assemble)
        let model = SiteAssembler.assemble(selection.published, config: config, strings: strings, catalog: catalog,
                                           publication: options.publication, previousRelated: cache?.related)
        cache?.related = model.related
        progress.stage(.renderTemplates)
        let site = PageRenderer(model: model, templates: templates, bodies: bodies, settings: pageSettings).render(copied: copied)
        progress.stage(.write)
        let summary = BuildSummary(articles: site.articleCount, pages: site.pageCount, feeds: site.feedCount,
                                   copied: site.copied.count, draftsSkipped: draftsSkipped,
                                   scheduledSkipped: scheduledSkipped, nextScheduled: nextScheduled)
        try writer.write(site, manifest: stamp.map { BuildManifest(stamp: $0, now: options.publication.now, summary: summary) },
                         cache: cache)
        return summary
    }
}

/// Tells the caller which stage the build is in (for a progress line or stage timings).
public struct BuildProgress: Sendable {
    public enum Stage: String, Sendable, CaseIterable {
        case load, parse, renderMarkdown = "render Markdown", assemble, renderTemplates = "render templates", write
    }

    private let report: @Sendable (Stage) -> Void

    public init(_ report: @escaping @Sendable (Stage) -> Void) { self.report = report }

    public static let silent = BuildProgress { _ in }

    func stage(_ stage: Stage) { report(stage) }
}
