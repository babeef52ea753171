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
    /// Names the tool that builds (e.g. its version and file stamp). When set, the build keeps
    /// a manifest and a cache beside the output: a build whose sources, options and tool match
    /// the last one, with nothing newly due, leaves the output as it is (`BuildManifest`), and
    /// any other build reads and renders only what changed since (`BuildCache`). When nil,
    /// every build reads and renders everything.
    public var toolStamp: String?
    /// Ignore the manifest and cache of the last build and render everything (they are still
    /// written for the next build).
    public var force: Bool

    public init(source: URL, output: URL? = nil, baseURL: String? = nil, publication: Publication, toolStamp: String? = nil,
                force: Bool = false) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("output")
        self.baseURL = baseURL
        self.publication = publication
        self.toolStamp = toolStamp
        self.force = force
    }

    /// What a kept cache must have been made with to be used: the tool and every option.
    var cacheKey: String? {
        toolStamp.map { tool in
            [tool, output.path, baseURL ?? "", "drafts=\(publication.includeDrafts)", "future=\(publication.includeFuture)"]
                .joined(separator: "\n")
        }
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
    /// inputs changed are rendered and written, in place; the result is the same. With
    /// `options.toolStamp`, the cache is kept in a file beside the output instead, and the
    /// site is swapped in whole.
    public static func build(_ options: BuildOptions, progress: BuildProgress = .silent,
                             cache: BuildCache? = nil) throws(BuildFailure) -> BuildSummary {
        let writer = try OutputWriter(output: options.output, source: options.source)
        progress.stage(.load)
        let loader = SiteLoader(root: options.source)
        // The kept cache is read on one core while the sources are walked.
        let keptCache = options.cacheKey.flatMap { key in
            options.force || cache != nil ? nil : BackgroundValue { loader.buildCache(forOutput: writer.output, key: key) }
        }
        let scan = options.cacheKey == nil ? nil : loader.scan()
        let stamp = options.cacheKey.map { scan!.fingerprint(with: [$0]) }
        // With --future, "Gepland" banners change as time passes: such builds are never skipped.
        if let stamp, !options.force, !options.publication.includeFuture, let manifest = loader.manifest(for: writer.output),
           manifest.isCurrent(stamp: stamp, now: options.publication.now) {
            return manifest.summary
        }
        let inPlace = cache != nil
        let cache = cache ?? options.cacheKey.map { _ in keptCache?.value ?? BuildCache() }
        let sources = loader.load(reusing: cache, settings: options.baseURL ?? "", scan: scan)
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
                         cache: cache, cacheKey: inPlace ? nil : options.cacheKey, inPlace: inPlace)
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
