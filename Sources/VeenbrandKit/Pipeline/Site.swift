/// The site and its build.
public enum Site {
    /// Builds the site: load → parse → assemble → route → render and write, each stage taking
    /// values and returning values, with incremental building as a layer around them.
    ///
    /// With a `cache` (kept by the caller from one build to the next, as the preview server
    /// does), unchanged documents are not parsed again and only files whose inputs changed are
    /// made, in place; with `options.toolStamp`, the same is kept in files beside the output.
    /// Either way the result is what a full build writes. A build with any error in its
    /// sources fails with all of them and leaves the output as it was.
    @discardableResult
    public static func build(_ options: BuildOptions, progress: BuildProgress = .silent, cache: BuildCache? = nil)
        throws(BuildFailure) -> BuildSummary
    {
        let incremental = try IncrementalBuild(options, cache: cache)
        if let unchanged = incremental.unchangedSummary { return unchanged }
        let prepared = prepare(options, progress: progress, reuse: incremental)
        let settings = try prepared.settings()
        return try progress.stage(.renderAndWrite) { () throws(BuildFailure) in
            let context = RenderContext(
                site: prepared.site, routes: prepared.routes, settings: settings, folder: prepared.sources.folder)
            return try incremental.write(
                prepared.routes.routes.map { OutputFile(route: $0, context: context) },
                summary: BuildSummary(prepared.site, routes: prepared.routes), progress: progress)
        }
    }

    /// The stages every build and every `check` run, alike: load → parse → assemble → route.
    /// What they find wrong is `PreparedSite.problems`, the one gate before anything is made.
    static func prepare(_ options: BuildOptions, progress: BuildProgress, reuse: any StageReuse) -> PreparedSite {
        let sources = progress.stage(.load) {
            Loading.load(
                SourceFolder(root: options.source), kinds: Kinds.documents, maxImagePixels: options.maxImagePixels)
        }
        let parsed = progress.stage(.parse) {
            reuse.parse(sources) {
                Parsing.parse($0, kinds: Kinds.documents, templates: Kinds.templates, baseURL: options.baseURL)
            }
        }
        let site = progress.stage(.assemble) {
            reuse.assemble { related in
                Assembling.assemble(
                    parsed, kinds: Kinds.documents, files: sources.copied, publication: options.publication,
                    previousRelated: related)
            }
        }
        let routes = progress.stage(.route) {
            RouteTable(
                site, addresses: SiteAddresses(words: parsed.config?.words ?? AddressWords()),
                base: SiteBase(url: parsed.config?.baseURL ?? "/"), sources: Kinds.producers)
        }
        return PreparedSite(sources: sources, parsed: parsed, site: site, routes: routes)
    }
}

/// The site as the stages before rendering leave it, for a build and for `check` alike.
struct PreparedSite: Sendable {
    let sources: SiteSources
    let parsed: ParsedSite
    let site: SiteModel
    let routes: RouteTable

    /// Everything that stops a build, found before anything is made: the sources' problems
    /// (parse errors, templates that name values they cannot have, images that cannot be
    /// read), pictures named that are no files of the site, and address clashes. `check`
    /// reports every one of them too.
    var problems: [BuildError] { parsed.problems + site.images.problems + routes.problems }

    /// The settings to render with, or every problem in one failure.
    func settings() throws(BuildFailure) -> RenderSettings {
        guard problems.isEmpty, let config = parsed.config, let strings = parsed.strings,
            let templates = parsed.templates
        else { throw BuildFailure(problems) }
        return RenderSettings(config: config, strings: strings, templates: templates, sources: sources)
    }
}

/// How a build reuses what the last one found (the incremental layer, around two stages).
protocol StageReuse {
    /// Parses `sources` with `parse`, handing it only what changed.
    func parse(_ sources: SiteSources, with parse: (SiteSources) -> ParsedSite) -> ParsedSite
    /// Assembles with `assemble`, given the related lists the last build found, if any.
    func assemble(with assemble: (RelatedArticles?) -> SiteModel) -> SiteModel
}

/// No reuse: every stage does everything (`check`).
struct NoReuse: StageReuse {
    func parse(_ sources: SiteSources, with parse: (SiteSources) -> ParsedSite) -> ParsedSite { parse(sources) }
    func assemble(with assemble: (RelatedArticles?) -> SiteModel) -> SiteModel { assemble(nil) }
}

extension BuildSummary {
    init(_ site: SiteModel, routes: RouteTable) {
        func count(_ kind: OutputKind) -> Int { routes.routes.count { $0.source.kind == kind } }
        self.init(
            articles: site.articles.count, pages: count(.page), feeds: count(.feed), redirects: count(.redirect),
            copied: count(.copy), draftsSkipped: site.draftsSkipped, scheduledSkipped: site.scheduledSkipped,
            nextScheduled: site.nextScheduled, nextChange: site.nextChange, basePath: routes.base.path)
    }
}
