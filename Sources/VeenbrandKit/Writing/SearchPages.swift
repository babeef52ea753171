import Foundation

/// The pages of a finished site that Pagefind indexes, each with the fingerprint of its bytes.
///
/// As Pagefind itself decides: if any HTML page has `data-pagefind-body`, only those pages;
/// otherwise every HTML page. Each page is read once, on all cores.
struct SearchPages: Sendable {
    /// The indexed pages' paths, relative to the site, sorted.
    let paths: [String]
    /// The fingerprint of each page's path and of the bytes Pagefind reads (`SearchedBytes`), by path.
    let fingerprints: [String: Fingerprint]

    private static let marker = Array("data-pagefind-body".utf8)

    /// The indexed pages among `files` (paths relative to `site`): the HTML files.
    init(site: String, files: [String]) {
        let pages = files.filter { $0.hasSuffix(".html") }.sorted()
        let read: [(marked: Bool, fingerprint: Fingerprint)?] = pages.concurrentMap { path in
            Self.read(site + "/" + path, path)
        }
        var marked: [String] = []
        var all: [String] = []
        var fingerprints: [String: Fingerprint] = [:]
        for (path, page) in zip(pages, read) {
            guard let page else { continue }
            all.append(path)
            if page.marked { marked.append(path) }
            fingerprints[path] = page.fingerprint
        }
        paths = marked.isEmpty ? all : marked
        self.fingerprints = fingerprints
    }

    /// The fingerprint of the shard of `paths` as `pagefind` (the fingerprint of the program's
    /// bytes) indexes it: the same pages with the same bytes give the same fingerprint.
    func fingerprint(of paths: [String], pagefind: String) -> Fingerprint {
        var fingerprint = Fingerprint.of("search shard 2", pagefind)
        fingerprint.add(paths.count)
        for path in paths {
            fingerprint.add(path)
            fingerprint.add(fingerprints[path] ?? Fingerprint())
        }
        return fingerprint
    }

    private static func read(_ file: String, _ path: String) -> (marked: Bool, fingerprint: Fingerprint)? {
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        var fingerprint = Fingerprint.of(path)
        let marked = data.withUnsafeBytes { raw in
            let page = raw.bindMemory(to: UInt8.self)
            SearchedBytes.fingerprint(of: page, into: &fingerprint)
            return ByteSearch.offset(of: marker, in: page) != nil
        }
        return (marked, fingerprint)
    }
}
