/// Two occupants of one file of the output, and the error that names them.
enum RouteClash {
    /// Who is at an address: a source's claim, or one of the site's own outputs.
    struct Occupant {
        let claim: Claim?
        /// The output kind's name, for the site's own addresses.
        let owner: String

        init(claim: Claim?, owner: String) {
            self.claim = claim
            self.owner = owner
        }

        init(_ route: Route) { self.init(claim: route.claim, owner: route.source.name) }

        /// Of two occupants of one address, the one kept: the site's own, else the first claimed.
        func isPreferred(over other: Occupant) -> Bool {
            guard let claim else { return other.claim != nil }
            guard let otherClaim = other.claim else { return false }
            return claim.location < otherClaim.location
        }
    }

    /// The error for two occupants of one address, at the claim that came later.
    static func clash(_ first: Occupant, _ second: Occupant) -> [BuildError] {
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
