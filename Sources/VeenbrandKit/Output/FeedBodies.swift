import Foundation

/// Each article's body as feeds show it, rendered and escaped for XML once per build and kept
/// while it lasts: an article is in the site's feed, its themes' and its keywords' feeds, and
/// rendering and escaping it for each of them was most of the feeds' cost.
final class FeedBodies: @unchecked Sendable {
    private let lock = NSLock()
    private var bodies: [Int: String] = [:]

    /// The feed HTML of article `index` of `SiteModel.articles`, escaped for XML; rendered by
    /// `render` the first time.
    func escapedHTML(of index: Int, render: () throws(BuildError) -> String) throws(BuildError) -> String {
        if let known = lock.withLock({ bodies[index] }) { return known }
        let made = Escaping.xml(try render())
        lock.withLock { bodies[index] = made }
        return made
    }
}
