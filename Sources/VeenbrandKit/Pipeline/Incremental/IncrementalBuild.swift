import Foundation

/// Incremental building, as a layer around the pure stages. It owns what one build leaves for
/// the next — the scan of the sources and the manifest (an unchanged site is not built at all),
/// the cache (documents whose files did not change are not parsed again, related lists are
/// reused, files whose inputs did not change are not made again) and the standby folder — and
/// hands the stages only what they must redo. The stages know nothing of it, and whatever
/// it keeps, the output is byte for byte what a full build writes (`IncrementalBuildTests`).
final class IncrementalBuild: StageReuse, @unchecked Sendable {
    /// Where the cache is.
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
    /// What the last build left, read on other cores while the sources are scanned: its
    /// documents, needed to parse, and its folders, needed only to write.
    private let cached: BackgroundValue<CacheContents?>?
    private let cachedFolders: BackgroundValue<(FolderContents?, FolderContents?)?>?
    /// The cache file as it was when read: a build that ran meanwhile (this one waiting for its
    /// lock) replaced it, and what was read no longer describes the folders.
    private var cacheFile: FileStamp?
    /// What this build will leave, once it has written the site.
    private var documentSettings = Fingerprint()
    private var documents: [Document] = []
    private var related: RelatedArticles?

    init(_ options: BuildOptions, cache: BuildCache?) throws(BuildFailure) {
        self.options = options
        writer = try OutputWriter(output: options.output, source: options.source, search: options.search)
        folder = SourceFolder(root: options.source)
        if let cache {
            keeping = .inMemory(cache)
            let contents = cache.contents
            cached = BackgroundValue { contents }
            cachedFolders = BackgroundValue { contents.map { ($0.output, $0.standby) } }
        } else if let key = options.cacheKey {
            keeping = .inFiles(key: key)
            let scan = SourceScan(of: folder)
            self.scan = scan
            manifestStamp = scan.fingerprint(with: [key])
            unchangedSummary = Self.unchangedSummary(stamp: manifestStamp, options: options, output: writer.output)
            // Read only when something is to be built, on another core while the sources load.
            let location = CacheContents.location(forOutput: writer.output)
            cacheFile = FileStamp.of(location)
            guard !options.force, unchangedSummary == nil else {
                cached = nil
                cachedFolders = nil
                return
            }
            let bytes = BackgroundValue { FileManager.default.contents(atPath: location).map { [UInt8]($0) } }
            cached = BackgroundValue {
                bytes.value.flatMap { CacheContents.unarchiveDocuments($0, key: key, kinds: Kinds.documents) }
            }
            cachedFolders = BackgroundValue { bytes.value.flatMap { CacheContents.unarchiveFolders($0, key: key) } }
            return
        } else {
            keeping = .nothing
            cached = nil
            cachedFolders = nil
        }
        scan = nil
        manifestStamp = nil
        unchangedSummary = nil
    }

    private var contents: CacheContents? { cached?.value }

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

    /// Parses `sources` with `parse`, but for the documents the last build parsed whose files
    /// have not changed (nor the settings they were parsed with): those are reused as they are.
    func parse(_ sources: SiteSources, with parse: (SiteSources) -> ParsedSite) -> ParsedSite {
        var settings = sources.settingsFingerprint
        settings.add(String(describing: options.baseURL))
        documentSettings = settings
        guard let contents, contents.settings == settings, !contents.documents.isEmpty else {
            let parsed = parse(sources)
            documents = parsed.documents.all
            return parsed
        }
        var changed = sources
        var unchanged: [DocumentKind: [Document]] = [:]
        for kind in Kinds.documents {
            let paths = sources.documents[kind.folder] ?? []
            let reused = paths.concurrentMap { path -> Document? in
                guard let document = contents.documents[path], let stamp = document.body.stamp else { return nil }
                return (scan?.stamps[path] ?? FileStamp.of(folder.rootPath + "/" + path)) == stamp ? document : nil
            }
            changed.documents[kind.folder] = zip(paths, reused).compactMap { $1 == nil ? $0 : nil }
            unchanged[kind] = reused.compactMap { $0 }
        }
        var parsed = parse(changed)
        for kind in Kinds.documents where !(unchanged[kind] ?? []).isEmpty {
            parsed.documents[kind] = (parsed.documents[kind] + (unchanged[kind] ?? [])).sorted { $0.path < $1.path }
        }
        documents = parsed.documents.all
        return parsed
    }

    /// Assembles the site with `assemble`, which is given the related lists the last build found.
    func assemble(with assemble: (RelatedArticles?) -> SiteModel) -> SiteModel {
        let site = assemble(contents.flatMap(\.related))
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
            // The kept output's description holds even after a failed or interrupted build: the
            // cache is set aside until the output is swapped, and put back only if it was not.
            let interrupted = writer.wasInterrupted
            var current = true
            if case .inFiles = keeping {
                current = FileStamp.of(CacheContents.location(forOutput: writer.output)) == cacheFile
            }
            let folders = cachedFolders?.value
            let output = folders?.0.flatMap {
                current && $0.folder == writer.output && writer.exists($0.folder) ? $0 : nil
            }
            let standby = folders?.1.flatMap {
                current && !interrupted && $0.folder == writer.standby && writer.exists($0.folder) ? $0 : nil
            }
            if case .inMemory(let cache) = keeping { cache.contents = nil }  // until the folder is known again
            setCacheAside()
            let (written, previous) = try writeFiles(files, output: output, standby: standby)
            let contents = CacheContents(
                settings: documentSettings,
                documents: Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last }),
                related: related, output: written, standby: previous)
            for path in keptFiles { unlink(path + ".aside") }
            summary.warnings = keep(contents, summary: summary)
            writer.finish()
            return summary
        }
    }

    /// Writes `files`, knowing what the output and standby folders hold; returns what the
    /// output then holds (nil when nothing is kept) and what the standby folder holds. What
    /// this took to know is let go before the cache is written.
    private func writeFiles(_ files: [OutputFile], output: FolderContents?, standby: FolderContents?)
        throws(BuildFailure) -> (written: FolderContents?, previous: FolderContents?)
    {
        // What the folders hold is known by what their files read; a build keeping nothing
        // makes every file and logs nothing.
        let knownFiles: KnownFiles? =
            if case .nothing = keeping { nil } else {
                files.first.map { KnownFiles(files, context: $0.context, output: output, standby: standby) }
            }
        let known = knownFiles?.known ?? []
        let files = knownFiles?.logged ?? files
        var previous: FolderContents?
        if case .inMemory = keeping, let output {
            try writer.updateOutput(
                with: files, known: known.map { $0 == .inOutput ? .inOutput : .nothing },
                holds: Array(output.files.keys))
        } else {
            do throws(BuildFailure) {
                try writer.prepareStandby(
                    with: files, known: known, standbyHolds: standby.map { Array($0.files.keys) })
            } catch {
                // The output is as it was, and so is what the last build knew of it.
                putCacheBack()
                throw error
            }
            let hadOutput = try writer.swapIn()
            previous =
                hadOutput
                ? output.map { FolderContents(folder: writer.standby, reads: $0.reads, files: $0.files) } : nil
        }
        return (knownFiles?.contents(of: writer.output), previous)
    }

    /// The manifest and the cache file are set aside before the output changes, so that they
    /// never describe another output than the one beside them; put back if it did not change.
    private var keptFiles: [String] {
        [BuildManifest.location(forOutput: writer.output), CacheContents.location(forOutput: writer.output)]
    }

    private func setCacheAside() {
        for path in keptFiles {
            unlink(path + ".aside")
            // Only a file Veenbrand wrote is set aside; anything else in its place stays in the way.
            if FileSystem.kind(of: path) != .file || rename(path, path + ".aside") != 0 { unlink(path) }
        }
    }

    private func putCacheBack() {
        for path in keptFiles { rename(path + ".aside", path) }
    }

    /// Keeps `contents` in the cache for the next build, and the manifest beside the output (which
    /// also marks the folder as Veenbrand's); returns what could not be kept (the site is built
    /// all the same: the next build will be a full one).
    private func keep(_ contents: CacheContents, summary: BuildSummary) -> [String] {
        var files = [
            (
                BuildManifest.location(forOutput: writer.output),
                BuildManifest(stamp: manifestStamp ?? "", now: options.publication.now, summary: summary).bytes
            )
        ]
        switch keeping {
        case .nothing: break
        case .inMemory(let cache): cache.contents = contents
        case .inFiles(let key):
            files.append((CacheContents.location(forOutput: writer.output), contents.archived(key: key)))
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
