import Foundation

/// Emoji on share cards: drawn in colour where a font has them (Debian's
/// `fonts-noto-color-emoji`), and left out where no installed font has them, so a card never
/// shows empty boxes. Which characters the fonts have is asked of fontconfig (`fc-list`) once
/// per process, when a card first has an emoji; if it cannot be asked, emoji are kept.
enum EmojiFallback {
    /// The characters some installed font has, as sorted ranges that do not touch; nil if
    /// fontconfig could not be asked.
    private static let coverage: [ClosedRange<UInt32>]? = {
        guard
            let outcome = try? ChildProcess.run(
                "/usr/bin/env", ["fc-list", "--format", "%{charset}\n"], timeLimit: 30, kept: 16 * 1024 * 1024),
            outcome.ending == .exited(0)
        else { return nil }
        return ranges(fromCharsets: outcome.output)
    }()

    /// `text` without the emoji no installed font can draw; `hasGlyph` says whether one can
    /// (nil: not known, and the emoji is kept).
    static func drawable(_ text: String, hasGlyph: (Unicode.Scalar) -> Bool? = installedFontHas) -> String {
        guard text.unicodeScalars.contains(where: isPictograph) else { return text }
        var kept = ""
        var removed = false
        for character in text {
            if let first = character.unicodeScalars.first, isPictograph(first), hasGlyph(first) == false {
                removed = true
                continue
            }
            kept.append(character)
        }
        // An emoji between two words leaves two spaces.
        return removed ? kept.split(separator: " ").joined(separator: " ") : text
    }

    /// A pictograph, not a digit or `#` (which are emoji only with a variation selector).
    static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmoji && scalar.value > 0x238C
    }

    /// Whether an installed font has `scalar`, or nil if that is not known.
    static func installedFontHas(_ scalar: Unicode.Scalar) -> Bool? {
        guard let coverage else { return nil }
        var (low, high) = (0, coverage.count)
        while low < high {
            let middle = (low + high) / 2
            if coverage[middle].upperBound < scalar.value { low = middle + 1 } else { high = middle }
        }
        return low < coverage.count && coverage[low].contains(scalar.value)
    }

    /// fontconfig's charsets, one font a line (`20-7e a0-17f 1f600`), as one sorted list of
    /// ranges.
    static func ranges(fromCharsets text: String) -> [ClosedRange<UInt32>] {
        var all: [ClosedRange<UInt32>] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let ends = word.split(separator: "-").compactMap { UInt32($0, radix: 16) }
            if ends.count == 1 { all.append(ends[0]...ends[0]) }
            if ends.count == 2, ends[0] <= ends[1] { all.append(ends[0]...ends[1]) }
        }
        all.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        for range in all {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
