/// The site and its build.
public enum Site {
    /// Builds the site: load → parse → assemble → route → render and write, each stage taking
    /// values and returning values, with incremental building as a layer around them.
    ///
    /// With a `cache` (kept by the caller from one build to the next, as the preview server
    /// does), unchanged articles are not parsed again and only files whose inputs changed are
    /// made, in place; with `options.toolStamp`, the same is kept in files beside the output.
    /// Either way the result is what a full build writes. A build with any error in its
    /// sources fails with all of them and leaves the output as it was.
    @discardableResult
    public static func build(_ options: BuildOptions, progress: BuildProgress = .silent, cache: BuildCache? = nil)
        throws(BuildFailure) -> BuildSummary
    {
        let incremental = try IncrementalBuild(options, cache: cache)
        if let unchanged = incremental.unchangedSummary { return unchanged }
        let sources = progress.stage(.load) { Loading.load(SourceFolder(root: options.source), kinds: Kinds.documents) }
        let parsed = progress.stage(.parse) {
            incremental.parse(sources) {
                Parsing.parse($0, kinds: Kinds.documents, templates: Kinds.templates, baseURL: options.baseURL)
            }
        }
        let site = progress.stage(.assemble) {
            incremental.assemble { related in
                Assembling.assemble(
                    parsed, kinds: Kinds.documents, files: sources.copied, publication: options.publication,
                    previousRelated: related)
            }
        }
        let routes = progress.stage(.route) {
            RouteTable(site, base: SiteBase(url: parsed.config?.baseURL ?? "/"), producers: Kinds.producers)
        }
        let settings = try RenderSettings(checking: parsed, sources: sources, site: site, routes: routes)
        return try progress.stage(.renderAndWrite) { () throws(BuildFailure) in
            let context = RenderContext(site: site, routes: routes, settings: settings, folder: sources.folder)
            return try incremental.write(
                routes.routes.map { OutputFile(route: $0, context: context) },
                summary: BuildSummary(site, routes: routes), progress: progress)
        }
    }
}

extension BuildSummary {
    init(_ site: SiteModel, routes: RouteTable) {
        func count(_ kind: OutputKind) -> Int { routes.routes.count { $0.producer.kind == kind } }
        self.init(
            articles: site.articles.count, pages: count(.page), feeds: count(.feed), redirects: count(.redirect),
            copied: count(.copy), draftsSkipped: site.draftsSkipped, scheduledSkipped: site.scheduledSkipped,
            nextScheduled: site.nextScheduled, basePath: routes.base.path)
    }
}
