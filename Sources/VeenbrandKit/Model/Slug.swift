import Foundation

/// A URL path segment made from content: lowercase ASCII letters, digits and single dashes.
///
/// `Slug("Cliëntenraad & Jeugd")` is `clientenraad-jeugd`. A slug can never contain `/`,
/// `.` or `%`, so a path built from slugs cannot leave its folder.
struct Slug: Sendable, Hashable, Comparable, CustomStringConvertible {
    let value: String

    /// Makes a slug from any text; nil when nothing slug-worthy remains (e.g. only punctuation).
    init?(_ text: String) {
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

    /// A slug made before (kept in the build cache), if it is one: lowercase ASCII letters,
    /// digits and single inner dashes, so a damaged cache cannot name a path outside a folder.
    init?(made value: String) {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in value.utf8 {
            let isLetterOrDigit =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isLetterOrDigit || (byte == UInt8(ascii: "-") && previous != byte) else { return nil }
            previous = byte
        }
        guard previous != UInt8(ascii: "-") else { return nil }
        self.value = value
    }

    var description: String { value }

    /// The longest slug an address may have: a folder name may have at most 255 bytes, and
    /// Veenbrand keeps room for what it adds.
    static let maxLength = 200

    /// Whether the slug fits in an address (see `maxLength`).
    var fits: Bool { value.utf8.count <= Self.maxLength }

    /// The slug cut to at most `length` characters, at the last dash before that if there is one.
    func shortened(to length: Int) -> Slug {
        guard value.utf8.count > length else { return self }
        let cut = value.prefix(length)
        let end = cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut
        return Slug(made: String(end)) ?? self
    }

    static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.value < rhs.value }
}
