import Foundation

/// Each article's body as feeds show it, rendered and escaped for XML once per build: an
/// article is in the site's feed, its themes' and its keywords' feeds, and rendering and
/// escaping it for each of them was most of the feeds' cost. A body is let go when the last
/// feed that shows it has taken it, so that the bodies of all feeds are never held at once.
final class FeedBodies: @unchecked Sendable {
    private let lock = NSLock()
    /// Each kept body with what rendering it read, which every feed that takes it notes.
    private var bodies: [Int: (html: String, reads: [Read])] = [:]
    /// How many feeds are still to take each article's body, once known.
    private var remaining: [Int: Int]?

    /// The feed HTML of article `index` of `SiteModel.articles`, escaped for XML; rendered by
    /// `render` the first time. `uses` counts, for every article, the feeds that show it.
    func escapedHTML(of index: Int, uses: () -> [Int: Int], render: () throws(BuildError) -> String)
        throws(BuildError) -> String
    {
        if let known = lock.withLock({ take(index, uses: uses) }) {
            ReadLog.note(known.reads)
            return known.html
        }
        let (result, reads) = ReadLog.reads { () -> Result<String, BuildError> in
            do throws(BuildError) { return .success(Escaping.xml(try render())) } catch { return .failure(error) }
        }
        ReadLog.note(reads)
        let made = try result.get()
        lock.withLock {
            if remaining?[index, default: 0] ?? 0 > 0 { bodies[index] = (made, reads) }
        }
        return made
    }

    /// The kept body, if any, and one use of it counted (the last use lets it go).
    private func take(_ index: Int, uses: () -> [Int: Int]) -> (html: String, reads: [Read])? {
        if remaining == nil { remaining = uses() }
        let left = remaining![index, default: 1] - 1
        remaining![index] = left
        return left > 0 ? bodies[index] : bodies.removeValue(forKey: index)
    }
}
