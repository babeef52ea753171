/// Every address the site has, computed once from the assembled site: the union of every
/// producer's routes (pages, lists and their pages, feeds, sitemap, copied files, redirects),
/// with the base path they are served under. The renderer, the sitemap, `check`, `serve` and
/// the templates all read it. Two sources claiming one address, or a standalone page taking a
/// name the site uses itself, are problems found here.
struct RouteTable: Sendable {
    let base: SiteBase
    /// Every route, in the order of `Producers.all` and, within a producer, of its items.
    let routes: [Route]
    /// The addresses of documents the build does not publish (drafts, scheduled).
    let withheld: [SitePath: WithheldDocument]
    /// Clashes between claims to an address.
    let problems: [BuildError]
    /// The routes the sitemap lists, in order.
    let listed: [Route]
    private let index: [SitePath: Int]

    init(_ site: SiteModel, base: SiteBase, producers: [any Producer]) {
        self.base = base
        var routes: [Route] = []
        for producer in producers { routes += producer.routes(site, listing: routes) }
        var index: [SitePath: Int] = [:]
        index.reserveCapacity(routes.count)
        var problems: [BuildError] = []
        for (position, route) in routes.enumerated() {
            guard let first = index[route.path] else {
                index[route.path] = position
                continue
            }
            problems += Self.clash(Occupant(routes[first]), Occupant(route))
            if Occupant(route).isPreferred(over: Occupant(routes[first])) { index[route.path] = position }
        }
        var withheld: [SitePath: WithheldDocument] = [:]
        var withheldClaims: [SitePath: Claim] = [:]
        for document in site.withheld {
            for (path, claim) in document.claims {
                if let position = index[path] {
                    problems += Self.clash(Occupant(routes[position]), Occupant(claim: claim, owner: ""))
                } else if let other = withheldClaims[path] {
                    problems += Self.clash(Occupant(claim: other, owner: ""), Occupant(claim: claim, owner: ""))
                } else {
                    withheldClaims[path] = claim
                }
            }
            withheld[document.sitePath] = withheld[document.sitePath] ?? document
        }
        let clashed = Set(problems.map(\.location))
        let reserved = Set(producers.flatMap(\.reservedNames))
        let claims =
            routes.compactMap { route in route.claim.map { (route.path, $0) } }
            + withheldClaims.map { ($0.key, $0.value) }
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

    /// The route at `path`, if the site has one.
    func route(at path: SitePath) -> Route? { index[path].map { routes[$0] } }

    /// The route a link to the path `path` reaches: the path itself, or else the folder of that
    /// name (`/nieuws/welkom` reaches `/nieuws/welkom/`, as servers add the `/`).
    func route(linkedAs path: String) -> Route? {
        SitePath(checking: path).flatMap(route(at:)) ?? SitePath(checking: path + "/").flatMap(route(at:))
    }

    /// Who is at an address: a source's claim, or one of the site's own outputs.
    private struct Occupant {
        let claim: Claim?
        /// The output kind's name, for the site's own addresses.
        let owner: String

        init(claim: Claim?, owner: String) {
            self.claim = claim
            self.owner = owner
        }

        init(_ route: Route) { self.init(claim: route.claim, owner: route.producer.name) }

        /// Of two occupants of one address, the one kept: the site's own, else the first claimed.
        func isPreferred(over other: Occupant) -> Bool {
            guard let claim else { return other.claim != nil }
            guard let otherClaim = other.claim else { return false }
            return claim.location < otherClaim.location
        }
    }

    /// The error for two occupants of one address, at the claim that came later.
    private static func clash(_ first: Occupant, _ second: Occupant) -> [BuildError] {
        switch (first.claim, second.claim) {
        case (nil, nil):
            return []  // two outputs of the site at one address: a mistake in Veenbrand, caught by its tests
        case (nil, let claim?), (let claim?, nil):
            let owner = first.claim == nil ? first.owner : second.owner
            return [
                BuildError(
                    claim.location,
                    "\(describe(claim)) is the address of \(owner): "
                        + (claim.isAlias ? "remove the alias" : "choose another slug"))
            ]
        case (let one?, let other?):
            // A document's own address comes before any alias; else the claim written first wins.
            let (earlier, later) =
                one.isAlias && !other.isAlias
                ? (other, one)
                : other.isAlias && !one.isAlias
                    ? (one, other)
                    : one.location <= other.location ? (one, other) : (other, one)
            if earlier.noun == later.noun, !later.isAlias {
                return [
                    BuildError(
                        later.location,
                        "slug '\(later.name)' is already used by \(earlier.location.path): "
                            + "each \(later.noun) needs its own slug")
                ]
            }
            if !earlier.isAlias {
                return [
                    BuildError(
                        later.location,
                        "\(describe(later)) is the address of \(earlier.location.path): "
                            + "remove the alias")
                ]
            }
            return [
                BuildError(
                    later.location,
                    "\(describe(later)) is already taken by \(earlier.location.path) "
                        + "(an alias on line \(earlier.location.line)): an address can lead to one page only")
            ]
        }
    }

    private static func describe(_ claim: Claim) -> String {
        claim.isAlias ? "alias '\(claim.name)'" : "the \(claim.noun)'s slug '\(claim.name)'"
    }
}
