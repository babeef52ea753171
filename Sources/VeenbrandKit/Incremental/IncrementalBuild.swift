import Foundation

/// Incremental building, as a layer around the pure stages. It owns what one build keeps for
/// the next — the scan of the sources and the manifest (an unchanged site is not built at all),
/// the kept cache (articles whose files did not change are not parsed again, related lists
/// are reused, files whose inputs did not change are not made again) and the standby folder —
/// and hands the stages only what they must redo. The stages know nothing of it, and whatever
/// it keeps, the output is byte for byte what a full build writes (`IncrementalBuildTests`).
final class IncrementalBuild: @unchecked Sendable {
    /// Where what a build knows is kept for the next.
    private enum Keeping {
        /// Nowhere: every build is a full one (tests, `check`).
        case nothing
        /// In the caller's `BuildCache` (the preview server), which updates its folder in place.
        case inMemory(BuildCache)
        /// In files beside the output (`veenbrand build`), made with this key.
        case inFiles(key: String)
    }

    let writer: OutputWriter
    private let keeping: Keeping
    private let options: BuildOptions
    private let folder: SourceFolder
    /// The sources' stamps, and their fingerprint for the manifest (when kept in files).
    private let scan: SourceScan?
    private let manifestStamp: String?
    /// What the last build left, read on another core while the sources are scanned.
    private let kept: BackgroundValue<BuildMemory?>?
    /// What this build will leave, once it has written the site.
    private var articleSettings = Fingerprint()
    private var articles: [ArticleEntry] = []
    private var related: RelatedArticles?

    init(_ options: BuildOptions, cache: BuildCache?) throws(BuildFailure) {
        self.options = options
        writer = try OutputWriter(output: options.output, source: options.source, search: options.search)
        folder = SourceFolder(root: options.source)
        if let cache {
            keeping = .inMemory(cache)
            let memory = cache.memory
            kept = BackgroundValue { memory }
        } else if let key = options.cacheKey {
            keeping = .inFiles(key: key)
            let scan = SourceScan(of: folder)
            self.scan = scan
            manifestStamp = scan.fingerprint(with: [key])
            unchangedSummary = Self.unchangedSummary(stamp: manifestStamp, options: options, output: writer.output)
            // Read only when something is to be built, on another core while the sources load.
            let location = BuildMemory.location(forOutput: writer.output)
            kept =
                options.force || unchangedSummary != nil
                ? nil
                : BackgroundValue {
                    FileManager.default.contents(atPath: location).flatMap {
                        BuildMemory.unarchive([UInt8]($0), key: key)
                    }
                }
            return
        } else {
            keeping = .nothing
            kept = nil
        }
        scan = nil
        manifestStamp = nil
        unchangedSummary = nil
    }

    private var memory: BuildMemory? { kept?.value }

    /// The summary of the last build, if it made the output from exactly these sources and
    /// options and nothing has fallen due since. (With `--future`, "Gepland" banners change as
    /// time passes: such builds are never skipped.)
    let unchangedSummary: BuildSummary?

    private static func unchangedSummary(stamp: String?, options: BuildOptions, output: String) -> BuildSummary? {
        guard let stamp, !options.force, !options.publication.includeFuture,
            let manifest = BuildManifest.read(forOutput: output),
            manifest.isCurrent(stamp: stamp, now: options.publication.now)
        else { return nil }
        return manifest.summary
    }

    /// Parses `sources` with `parse`, but for the articles kept from the last build whose files
    /// have not changed (nor the settings they were parsed with): those are reused as they are.
    func parse(_ sources: SiteSources, with parse: (SiteSources) -> ParsedSite) -> ParsedSite {
        var settings = sources.settingsFingerprint
        settings.add(String(describing: options.baseURL))
        articleSettings = settings
        guard case .some(let memory) = memory, memory.articleSettings == settings, !memory.articles.isEmpty else {
            let parsed = parse(sources)
            articles = parsed.articles
            return parsed
        }
        let paths = sources.documents[Articles.folder] ?? []
        let unchanged = paths.concurrentMap { path -> ArticleEntry? in
            guard let entry = memory.articles[path], let stamp = entry.body.stamp else { return nil }
            return (scan?.stamps[path] ?? FileStamp.of(folder.rootPath + "/" + path)) == stamp ? entry : nil
        }
        var changed = sources
        changed.documents[Articles.folder] = zip(paths, unchanged).compactMap { $1 == nil ? $0 : nil }
        var parsed = parse(changed)
        if unchanged.contains(where: { $0 != nil }) {
            parsed.articles = (parsed.articles + unchanged.compactMap { $0 }).sorted {
                $0.article.path < $1.article.path
            }
        }
        articles = parsed.articles
        return parsed
    }

    /// Assembles the site with `assemble`, which is given the related lists the last build found.
    func assemble(with assemble: (RelatedArticles?) -> SiteModel) -> SiteModel {
        let site = assemble(memory.flatMap(\.related))
        related = site.related
        return site
    }

    /// Writes `files`: only what changed is made, and the site is swapped in whole (or, for
    /// the preview server, its folder updated in place). Then what this build knows is kept.
    func write(_ files: [OutputFile], summary: BuildSummary, progress: BuildProgress) throws(BuildFailure)
        -> BuildSummary
    {
        let waiting = { progress.notice("waiting for another build of \(self.writer.output) to finish…") }
        return try writer.locked(waiting: waiting) { () throws(BuildFailure) -> BuildSummary in
            var summary = summary
            let interrupted = writer.wasInterrupted
            let output =
                interrupted
                ? nil : memory?.output.flatMap { $0.folder == writer.output && writer.exists($0.folder) ? $0 : nil }
            let standby =
                interrupted
                ? nil : memory?.standby.flatMap { $0.folder == writer.standby && writer.exists($0.folder) ? $0 : nil }
            if case .inMemory(let cache) = keeping { cache.memory = nil }  // until the folder is known again
            forgetKeptFiles()
            let fingerprints: [Fingerprint] =
                if case .nothing = keeping { [] } else { files.concurrentMap { $0.fingerprint() } }
            let known: [OutputWriter.Known] =
                fingerprints.isEmpty
                ? []
                : zip(files, fingerprints).map { file, fingerprint in
                    if standby?.files[file.path] == fingerprint { return .inStandby }
                    if output?.files[file.path] == fingerprint { return .inOutput }
                    return .nothing
                }
            var previous: FolderContents?
            if case .inMemory = keeping, let output {
                tellKeptFiles(files, known, inPlace: true)
                try writer.updateOutput(
                    with: files, known: known.map { $0 == .inOutput ? .inOutput : .nothing },
                    holds: Array(output.files.keys))
            } else {
                tellKeptFiles(files, known, inPlace: false)
                let hadOutput = try writer.replaceOutput(
                    with: files, known: known, standbyHolds: standby.map { Array($0.files.keys) })
                previous = hadOutput ? output.map { FolderContents(folder: writer.standby, files: $0.files) } : nil
            }
            let written = FolderContents(
                folder: writer.output,
                files: Dictionary(
                    zip(files.map(\.path), fingerprints), uniquingKeysWith: { _, last in last }))
            let memory = BuildMemory(
                articleSettings: articleSettings,
                articles: Dictionary(
                    articles.map { ($0.article.path, $0) }, uniquingKeysWith: { _, last in last }),
                related: related, output: fingerprints.isEmpty ? nil : written, standby: previous)
            summary.warnings = keep(memory, summary: summary)
            writer.finish()
            return summary
        }
    }

    /// Tells the producers which files this build keeps, and where they are (`KeptFiles`):
    /// the feeds read a kept share card's size from its file. Every file of a build is made
    /// with the one `RenderContext`. Updating in place (`serve`), only the output's count.
    private func tellKeptFiles(_ files: [OutputFile], _ known: [OutputWriter.Known], inPlace: Bool) {
        guard let context = files.first?.context else { return }
        var locations: [String: String] = [:]
        for (file, state) in zip(files, known) {
            switch state {
            case .inStandby where !inPlace: locations[file.path] = writer.standby + "/" + file.path
            case .inOutput: locations[file.path] = writer.output + "/" + file.path
            default: break
            }
        }
        context.keptFiles.keep(locations)
    }

    /// The manifest and the cache file are removed before the output changes, so that they
    /// never describe another output than the one beside them.
    private func forgetKeptFiles() {
        unlink(BuildManifest.location(forOutput: writer.output))
        unlink(BuildMemory.location(forOutput: writer.output))
    }

    /// Keeps `memory` for the next build, and the manifest beside the output (which also marks
    /// the folder as Veenbrand's); returns what could not be kept (the site is built all the
    /// same: the next build will be a full one).
    private func keep(_ memory: BuildMemory, summary: BuildSummary) -> [String] {
        var files = [
            (
                BuildManifest.location(forOutput: writer.output),
                BuildManifest(stamp: manifestStamp ?? "", now: options.publication.now, summary: summary).bytes
            )
        ]
        switch keeping {
        case .nothing: break
        case .inMemory(let cache): cache.memory = memory
        case .inFiles(let key):
            files.append((BuildMemory.location(forOutput: writer.output), memory.archived(key: key)))
        }
        var warnings: [String] = []
        for (path, bytes) in files {
            do { try FileOperations.replace(path, with: bytes) } catch {
                unlink(path)
                warnings.append("\(path): \(error.reason): the site was built, but the next build will be a full one")
            }
        }
        return warnings
    }
}
