/// A kind of output as routing knows it: what one file of it is called, which files of it the
/// site has and where, and what names it takes for itself. Each `Producer` is one, and makes
/// its files when the site is rendered; the route table is the union of their routes.
protocol RouteSource: Sendable {
    /// What one file of this kind is called in messages: "the topics index", "a topic page".
    var name: String { get }
    /// What the build summary counts a file of this kind as.
    var kind: OutputKind { get }
    /// Top-level names of files and folders this kind uses that are no address word
    /// (`feed.xml`, `assets`): no standalone page may take them as its slug.
    var reservedNames: [String] { get }
    /// The files of this kind the assembled site has, at `addresses`; `earlier` are the routes
    /// of the kinds listed before it (the sitemap, split in parts on a large site, counts them).
    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route]
    /// Why there is nothing at `path` (a link's target), if it is where this kind's files are:
    /// "there is no article with slug 'twede'; did you mean '/nieuws/tweede/'?".
    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String?
}

extension RouteSource {
    var reservedNames: [String] { [] }
    func absence(at path: String, in site: SiteModel, _ addresses: SiteAddresses) -> String? { nil }
}

/// What the build summary counts a file as.
enum OutputKind: Sendable {
    case page, feed, redirect, copy, other
}
