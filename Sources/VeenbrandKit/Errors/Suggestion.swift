import Foundation

/// "Did you mean …?" for names an editor mistyped.
enum Suggestion {
    /// The candidate closest to `name` (ignoring case and diacritics), if it is close enough
    /// to be a plausible typo.
    static func closest(to name: String, in candidates: [String]) -> String? {
        let target = comparable(name)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, comparable(candidate))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(2, min(target.count, comparable(best.candidate).count) / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    /// The one candidate that contains `name` (ignoring case and diacritics), for names an
    /// editor shortened; nil when none or several do, or the name is too short to tell.
    static func onlyContaining(_ name: String, in candidates: [String]) -> String? {
        let target = String(comparable(name)).trimmingCharacters(in: .whitespaces)
        guard target.count >= 4 else { return nil }
        let matches = candidates.filter { String(comparable($0)).contains(target) }
        return matches.count == 1 ? matches[0] : nil
    }

    private static func comparable(_ text: String) -> [Character] {
        Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }

    /// Levenshtein distance, two rows.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
