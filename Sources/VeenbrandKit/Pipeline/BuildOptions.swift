import Foundation

/// Options for one build.
public struct BuildOptions: Sendable {
    /// The site folder, holding `content/` and `theme/`.
    public var source: URL
    /// Where the site is written; default `<source>/output`.
    public var output: URL
    /// Where the site is served from, if not site.yaml's `baseURL` (a staging deploy, the
    /// preview server).
    public var baseURL: BaseURLOverride?
    /// Which documents are published, given the build's "now".
    public var publication: Publication
    /// Names the tool that builds (e.g. its version and file stamp). When set, the build keeps
    /// a manifest and a cache beside the output: a build whose sources, options and tool match
    /// the last one, with nothing newly due, leaves the output as it is, and any other build
    /// reads and renders only what changed since. When nil, every build does everything.
    public var toolStamp: String?
    /// Ignore the manifest and cache of the last build and render everything (they are still
    /// written for the next build).
    public var force: Bool
    /// Indexes the written site for its search page (Pagefind); nil: no index.
    public var search: SearchIndexer?
    /// The most pixels a picture may have: a larger one is refused from its header, before it
    /// is decoded (a small PNG can hold 16,000 × 16,000 pixels, minutes and gigabytes to open).
    public var maxImagePixels = BuildOptions.defaultMaxImagePixels

    /// 50 megapixels: four times a 12-megapixel phone photo, far more than any page shows.
    public static let defaultMaxImagePixels = 50_000_000

    /// Options for building the site at `source`; the output defaults to `<source>/output`.
    public init(
        source: URL, output: URL? = nil, baseURL: BaseURLOverride? = nil, publication: Publication,
        toolStamp: String? = nil, force: Bool = false, search: SearchIndexer? = nil
    ) {
        self.source = source
        self.output = output ?? source.appendingPathComponent("output")
        self.baseURL = baseURL
        self.publication = publication
        self.toolStamp = toolStamp
        self.force = force
        self.search = search
    }

    /// What a kept cache must have been made with to be used: the tool and every option.
    var cacheKey: String? {
        toolStamp.map { tool in
            [
                tool, output.path, String(describing: baseURL), "drafts=\(publication.includeDrafts)",
                "future=\(publication.includeFuture)", "search=\(search?.executable ?? "")",
                "pixels=\(maxImagePixels)",
            ].joined(separator: "\n")
        }
    }
}
