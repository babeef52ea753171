import Foundation
import Synchronization

/// Emoji on share cards: drawn in colour where a font has them (Debian's
/// `fonts-noto-color-emoji`), and left out where none has, so a card never shows empty boxes.
/// Whether a font has a character is asked of fontconfig (`fc-list`), once per character.
enum EmojiFallback {
    private static let known = Mutex<[UInt32: Bool]>([:])

    /// `text` without the emoji no installed font can draw; `hasGlyph` says whether one can.
    static func drawable(_ text: String, hasGlyph: (Unicode.Scalar) -> Bool = installedFontHas) -> String {
        guard text.unicodeScalars.contains(where: isPictograph) else { return text }
        var kept = ""
        for character in text {
            if let first = character.unicodeScalars.first, isPictograph(first), !hasGlyph(first) { continue }
            kept.append(character)
        }
        // An emoji between two words leaves two spaces.
        return kept.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// A pictograph, not a digit or `#` (which are emoji only with a variation selector).
    static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmoji && scalar.value > 0x238C
    }

    /// Whether a font fontconfig knows has `scalar`.
    static func installedFontHas(_ scalar: Unicode.Scalar) -> Bool {
        if let answer = known.withLock({ $0[scalar.value] }) { return answer }
        let query = ":charset=" + String(scalar.value, radix: 16)
        let outcome = try? ChildProcess.run("/usr/bin/env", ["fc-list", query, "family"], timeLimit: 10)
        let answer = outcome?.ending == .exited(0) && !(outcome?.output.isEmpty ?? true)
        known.withLock { $0[scalar.value] = answer }
        return answer
    }
}
