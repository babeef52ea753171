/// What one build leaves for the next (the cache), in memory, so that a rebuild reads and
/// parses only the documents whose files changed and renders and writes only the files whose
/// inputs changed. The preview server keeps one; `veenbrand build` keeps the same in a file
/// beside the output (`.output.cache`, with its stamp in `.output.manifest.json`).
///
/// A cache serves one build at a time, for one output folder that nothing else writes to.
/// Whatever it holds, the result is the site a full build would write (`IncrementalBuildTests`).
public final class BuildCache: @unchecked Sendable {
    /// Replaced whole by a build that succeeds; nothing else changes it.
    var contents: CacheContents?

    /// An empty cache: the first build with it is a full one.
    public init() {}
}

/// What a finished build knew: the documents it parsed, the related lists it found, and which
/// file of the output (and of the standby folder) was made from which inputs.
struct CacheContents: Sendable {
    /// What parsing a document depends on besides its own file (site.yaml, themes.yaml, the
    /// base URL): when it changes, no document is reused.
    var settings: Fingerprint
    /// Every document parsed (drafts and scheduled ones too), by path; each knows its file's stamp.
    var documents: [String: Document]
    var related: RelatedArticles?
    /// The output folder, as the build left it.
    var output: FolderContents?
    /// The standby folder beside it, which holds the site before that build, if known.
    var standby: FolderContents?
}
