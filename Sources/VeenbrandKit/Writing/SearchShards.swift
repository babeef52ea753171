/// How the pages Pagefind indexes are cut into shards, each indexed on its own (by a Pagefind
/// run of its own) and merged by the search page in the browser.
///
/// Pages are grouped by their first folder (`nieuws/`, `agenda/`…), so that articles, events
/// and other pages never share a shard, and in each group, in path order, a shard ends before
/// an *anchor*: a page whose path's fingerprint is a multiple of `anchorEvery`, once the shard
/// holds `smallest` pages; a shard never holds more than `largest`. Where a shard ends depends
/// only on the paths near it, not on the pages' bytes: an edit never moves a page to another
/// shard, and a page added or removed changes only the shards between the anchors around it.
/// Every shard is about the same size whatever the size of the site, so re-indexing one costs
/// the same at 1,000 articles as at 50,000.
struct SearchShards: Sendable, Hashable {
    /// A shard holds at least this many pages (unless its group has fewer left).
    let smallest: Int
    /// After `smallest` pages, one page in this many starts a new shard.
    let anchorEvery: Int
    /// A shard holds at most this many pages.
    let largest: Int

    /// About 230 pages a shard: Pagefind takes about 3.7 ms of CPU a page, so one shard is
    /// indexed in about 0.85 s, and 10,000 articles make 45 shards (measured).
    static let standard = SearchShards(smallest: 150, anchorEvery: 80, largest: 450)

    /// The pages of `paths` (relative to the site, each once) cut into shards, each in path
    /// order; the shards in the order of their groups, then of their pages.
    func cut(_ paths: [String]) -> [[String]] {
        var groups: [String: [String]] = [:]
        for path in paths {
            let group = path.firstIndex(of: "/").map { String(path[..<$0]) } ?? ""
            groups[group, default: []].append(path)
        }
        var shards: [[String]] = []
        for group in groups.keys.sorted() {
            var shard: [String] = []
            for path in groups[group, default: []].sorted() {
                let full = shard.count >= largest
                let anchor = shard.count >= smallest && isAnchor(path)
                if full || anchor {
                    shards.append(shard)
                    shard = []
                }
                shard.append(path)
            }
            if !shard.isEmpty { shards.append(shard) }
        }
        return shards
    }

    private func isAnchor(_ path: String) -> Bool {
        Fingerprint.of("search shard", path).value % UInt64(anchorEvery) == 0
    }
}
