/// Every address the site has, computed once from the assembled site: the union of every
/// producer's routes (pages, lists and their pages, feeds, sitemap, copied files, redirects),
/// with the address scheme and the base path they are served under. The renderer, the sitemap,
/// `check`, `serve` and the templates all read it. Two claims to one file of the output (also
/// written two ways: `/` and `/index.html`), or a standalone page taking a name the site uses
/// itself, are problems found here.
struct RouteTable: Sendable {
    let base: SiteBase
    let addresses: SiteAddresses
    /// Every route, in the order of its sources (`Kinds.producers`) and, within a producer, of its items.
    let routes: [Route]
    /// The addresses of documents the build does not publish (drafts, scheduled).
    let withheld: [SitePath: WithheldDocument]
    /// Clashes between claims to an address.
    let problems: [BuildError]
    /// The routes the sitemap lists, in order.
    let listed: [Route]
    /// Each route by the file it is written to.
    private let index: [String: Int]
    private let sources: [any RouteSource]
    private let site: SiteModel

    init(_ site: SiteModel, addresses: SiteAddresses, base: SiteBase, sources: [any RouteSource]) {
        self.base = base
        self.addresses = addresses
        self.sources = sources
        self.site = site
        var routes: [Route] = []
        for source in sources { routes += source.routes(site, addresses, listing: routes) }
        var index: [String: Int] = [:]
        index.reserveCapacity(routes.count)
        var problems: [BuildError] = []
        for (position, route) in routes.enumerated() {
            guard let first = index[route.outputFile] else {
                index[route.outputFile] = position
                continue
            }
            problems += RouteClash.clash(RouteClash.Occupant(routes[first]), RouteClash.Occupant(route))
            if RouteClash.Occupant(route).isPreferred(over: RouteClash.Occupant(routes[first])) {
                index[route.outputFile] = position
            }
        }
        var withheld: [SitePath: WithheldDocument] = [:]
        var withheldClaims: [String: (path: SitePath, claim: Claim)] = [:]
        for document in site.withheld {
            let own = addresses.document(document.document)
            let claims = [(own, Claim(document.document))] + document.document.aliases.map { ($0.path, Claim($0)) }
            for (path, claim) in claims {
                if let position = index[path.outputFile] {
                    problems += RouteClash.clash(
                        RouteClash.Occupant(routes[position]), RouteClash.Occupant(claim: claim, owner: ""))
                } else if let other = withheldClaims[path.outputFile] {
                    problems += RouteClash.clash(
                        RouteClash.Occupant(claim: other.claim, owner: ""), RouteClash.Occupant(claim: claim, owner: "")
                    )
                } else {
                    withheldClaims[path.outputFile] = (path, claim)
                }
            }
            withheld[own] = withheld[own] ?? document
        }
        let clashed = Set(problems.map(\.location))
        let reserved = Set(AddressWord.allCases.map { addresses.words[$0] } + sources.flatMap(\.reservedNames))
        let claims =
            routes.compactMap { route in route.claim.map { (route.path, $0) } }
            + withheldClaims.values.map { ($0.path, $0.claim) }
        for (path, claim) in claims
        where !claim.isAlias && path.isTopFolder && reserved.contains(String(path.topSegment))
            && !clashed.contains(claim.location)
        {
            problems.append(
                BuildError(
                    claim.location,
                    "slug '\(claim.name)' would take \(path), an address the site "
                        + "uses itself (\(reserved.sorted().joined(separator: ", "))): choose another slug"))
        }
        self.routes = routes
        listed = routes.filter { $0.sitemap != nil }
        self.index = index
        self.withheld = withheld
        self.problems = problems
    }

    /// The route at `path` (or written to the same file, as `/x/index.html` is to `/x/`), if
    /// the site has one.
    func route(at path: SitePath) -> Route? { index[path.outputFile].map { routes[$0] } }

    /// The route a link to the path `path` reaches: the path itself, or else the folder of that
    /// name (`/nieuws/welkom` reaches `/nieuws/welkom/`, as servers add the `/`).
    func route(linkedAs path: String) -> Route? {
        SitePath(checking: path).flatMap(route(at:)) ?? SitePath(checking: path + "/").flatMap(route(at:))
    }

    /// Why the site has nothing at `path` (a link's target, decoded), in words for the editor:
    /// a document that is not published, what the kind of output there says of it, or that the
    /// site has nothing there.
    func absence(at path: String) -> String {
        if let document = SitePath(checking: path).flatMap({ withheld[$0] }) {
            return "\(document.path) is \(document.reason) and not published"
        }
        for source in sources {
            if let reason = source.absence(at: path, in: site, addresses) { return reason }
        }
        return "the site has no page or file at \(path)"
    }
}
