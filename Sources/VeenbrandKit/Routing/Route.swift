/// One address of the site and what is published there. A class: routes are passed around in
/// lists of ten thousands, and a reference is copied in one step.
final class Route: Sendable {
    let path: SitePath
    /// The kind of output published at this address.
    let source: any RouteSource
    /// Which of the producer's items (an article, a theme, an alias…), by its index.
    let item: Int
    /// Which page of a paginated list it is (1-based; 1 for everything else).
    let listPage: Int
    /// Whether, and with which date, the sitemap lists it.
    let sitemap: SitemapListing?
    /// The source that claims the address, for clash errors; nil for the site's own addresses.
    let claim: Claim?
    /// The file the route is written to, relative to the output folder (made once).
    let outputFile: String

    init(
        _ path: SitePath, _ source: any RouteSource, item: Int = 0, listPage: Int = 1,
        sitemap: SitemapListing? = nil, claim: Claim? = nil
    ) {
        self.path = path
        self.source = source
        self.item = item
        self.listPage = listPage
        self.sitemap = sitemap
        self.claim = claim
        outputFile = path.outputFile
    }
}

/// A page's entry in the sitemap: its address, and the date of its newest content, if any.
struct SitemapListing: Sendable {
    let lastModified: ContentDate?
}

/// A source's claim to an address: a document's slug or one of its aliases.
struct Claim: Sendable {
    /// What claims it: "article", "page"…, or "alias".
    let noun: String
    /// Where the editor wrote the slug or alias (the file, for a slug from the file name).
    let location: SourceLocation
    /// What the address was written as (the slug, or the alias's path).
    let name: String

    var isAlias: Bool { noun == Self.alias }

    static let alias = "alias"

    init(noun: String, location: SourceLocation, name: String) {
        self.noun = noun
        self.location = location
        self.name = name
    }

    /// A document's slug's claim to its address.
    init(_ document: Document) {
        self.init(noun: document.kind.noun, location: document.slugLocation, name: document.slug.value)
    }

    /// An alias's claim to its old address.
    init(_ alias: Alias) { self.init(noun: Self.alias, location: alias.location, name: alias.path.url) }
}
