import Foundation

/// The pages of a finished site that Pagefind indexes, each with the fingerprint of its bytes.
///
/// As Pagefind itself decides: if any HTML page has `data-pagefind-body`, only those pages;
/// otherwise every HTML page. Each page is read once, on all cores, and only if the memo of
/// the last index does not know its file.
struct SearchPages: Sendable {
    /// The indexed pages' paths, relative to the site, sorted.
    let paths: [String]

    /// What was read of each page, for the next index (`SearchPagesMemo`).
    let memo: SearchPagesMemo

    /// The indexed pages among `files` (paths relative to `site`): the HTML files. A page that
    /// `memo` holds with the same stamp is not read again.
    init(site: String, files: [String], memo known: SearchPagesMemo = SearchPagesMemo()) {
        let pages = files.filter { $0.hasSuffix(".html") }.sorted()
        let read: [SearchPagesMemo.Page?] = pages.concurrentMap { path in
            let file = site + "/" + path
            guard let stamp = SearchPagesMemo.Stamp.of(file) else { return nil }
            if let page = known.pages[path], page.stamp == stamp { return page }
            return Self.read(file, path, stamp)
        }
        var marked: [String] = []
        var all: [String] = []
        var memo = SearchPagesMemo()
        for (path, page) in zip(pages, read) {
            guard let page else { continue }
            all.append(path)
            if page.marked { marked.append(path) }
            memo.pages[path] = page
        }
        paths = marked.isEmpty ? all : marked
        self.memo = memo
    }

    /// The fingerprint of the shard of `paths` as `pagefind` (the fingerprint of the program's
    /// bytes) indexes it: the same pages with the same bytes give the same fingerprint.
    func fingerprint(of paths: [String], pagefind: String) -> Fingerprint {
        var fingerprint = Fingerprint.of("search shard 3", pagefind)
        fingerprint.add(paths.count)
        for path in paths {
            fingerprint.add(path)
            fingerprint.add(memo.pages[path]?.fingerprint ?? Fingerprint())
        }
        return fingerprint
    }

    /// The page in `file`: the fingerprint of its path and of the bytes Pagefind reads (`SearchedBytes`).
    private static func read(_ file: String, _ path: String, _ stamp: SearchPagesMemo.Stamp) -> SearchPagesMemo.Page? {
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        var fingerprint = Fingerprint.of(path)
        let marked = data.withUnsafeBytes { raw in
            let page = raw.bindMemory(to: UInt8.self)
            SearchedBytes.fingerprint(of: page, into: &fingerprint)
            return SearchedBytes.marksBody(page)
        }
        return SearchPagesMemo.Page(stamp: stamp, marked: marked, fingerprint: fingerprint)
    }
}
