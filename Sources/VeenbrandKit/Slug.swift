import Foundation

/// A URL path segment made from content: lowercase ASCII letters, digits and single dashes.
///
/// `Slug("Cliëntenraad & Jeugd")` is `clientenraad-jeugd`. A slug can never contain `/`,
/// `.` or `%`, so a path built from slugs cannot leave its folder.
public struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    /// Makes a slug from any text; nil when nothing slug-worthy remains (e.g. only punctuation).
    public init?(_ text: String) {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let isAlphanumeric = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAlphanumeric {
                if pendingDash && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else if ("A"..."Z").contains(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        guard !result.isEmpty else { return nil }
        value = result
    }

    public var description: String { value }

    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }
}
