import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The addresses a live site has published, read from its sitemap: the ledger `check
/// --published` holds the new build to. Every address in it must still lead somewhere, to a
/// page or to the redirect of an `aliases:` entry.
public struct PublishedSitemap: Sendable {
    /// A published address (its path, decoded) and where the sitemap lists it.
    struct Entry: Sendable, Equatable {
        let path: String
        let location: SourceLocation
    }

    let entries: [Entry]
    /// Problems reading it: a sitemap that could not be fetched, read or parsed.
    let problems: [Diagnostic]

    /// Reads the sitemap at `source`: an `http(s)` URL (fetched) or a file. A sitemap index is
    /// followed to its sitemaps: for one fetched from a server, only to `http(s)` addresses, never
    /// to files on this machine; for a file, to the files of the same names beside it. Each
    /// sitemap may take `timeout` seconds and have `maxBytes` bytes; the sitemaps of an index may
    /// take `indexTimeout` seconds together. An index that loops, and a sitemap that lists no
    /// address at all, are errors: nothing to compare is not "nothing lost".
    public static func load(
        _ source: String, timeout: TimeInterval = FetchLimits.sitemapSeconds,
        indexTimeout: TimeInterval = FetchLimits.sitemapIndexSeconds, maxBytes: Int = FetchLimits.sitemapBytes
    ) -> PublishedSitemap {
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        var queue = [Pending(address: source, chain: [])]
        var seen: Set<String> = []
        var indexDeadline: Date?
        reading: while !queue.isEmpty, seen.count < FetchLimits.sitemapCount {
            let next = queue.removeFirst()
            guard seen.insert(key(next.address)).inserted else { continue }
            var seconds = timeout
            if let indexDeadline {
                seconds = min(timeout, indexDeadline.timeIntervalSinceNow)
                guard seconds > 0 else {
                    problems.append(
                        Diagnostic(.error, SourceLocation(path: source), late(queue.count + 1, indexTimeout)))
                    break reading
                }
            }
            switch read(next.address, timeout: seconds, maxBytes: maxBytes) {
            case .failure(let failure):
                let overall = indexDeadline.map { Date() >= $0 } ?? false
                let reason = overall ? late(queue.count + 1, indexTimeout) : failure.reason
                problems.append(Diagnostic(.error, SourceLocation(path: next.address), reason))
                if overall { break reading }
            case .success(let data):
                let parsed = SitemapXML.parse(data, path: next.address)
                problems += parsed.problems
                entries += parsed.pages
                let chain = next.chain + [key(next.address)]
                for listed in parsed.sitemaps {
                    switch child(listed.address, of: next.address) {
                    case .failure(let failure): problems.append(Diagnostic(.error, listed.location, failure.reason))
                    case .success(let address) where chain.contains(key(address)):
                        let loop = "'\(listed.address)' is this sitemap index or one above it: the index loops"
                        problems.append(Diagnostic(.error, listed.location, loop))
                    case .success(let address): queue.append(Pending(address: address, chain: chain))
                    }
                }
                if indexDeadline == nil, !parsed.sitemaps.isEmpty {
                    indexDeadline = Date(timeIntervalSinceNow: indexTimeout)
                }
            }
        }
        if entries.isEmpty, problems.isEmpty {
            problems.append(
                Diagnostic(
                    .error, SourceLocation(path: source),
                    "the published sitemap lists no addresses: nothing to compare is not 'nothing lost'; is it the "
                        + "site's sitemap?"))
        }
        return PublishedSitemap(entries: entries, problems: problems)
    }

    /// A sitemap still to read, and the indexes that led to it (their keys).
    private struct Pending {
        let address: String
        let chain: [String]
    }

    /// What makes two addresses of one sitemap the same: a file's full path, or the address.
    private static func key(_ address: String) -> String {
        HTTPFetch.isWeb(address) ? address : URL(fileURLWithPath: address).standardizedFileURL.path
    }

    /// Where to read a sitemap that `index` lists as `listed`. An index fetched from a server
    /// names only `http(s)` addresses: a remote document never names files on this machine. An
    /// index read from a file is followed to the file of the same name beside it, and nowhere else.
    private static func child(_ listed: String, of index: String) -> Result<String, ReadFailure> {
        guard HTTPFetch.isWeb(index) else { return .success(sibling(of: index, named: listed)) }
        guard HTTPFetch.isWeb(listed) else {
            return .failure(
                ReadFailure(
                    reason: "'\(listed)' is not an http(s) address: a sitemap fetched from a server is followed "
                        + "only to http(s) addresses, never to files on this machine"))
        }
        return .success(listed)
    }

    private static func late(_ unread: Int, _ indexTimeout: TimeInterval) -> String {
        "\(unread) sitemap\(unread == 1 ? "" : "s") of the index not read: together they may take "
            + "\(FetchLimits.describe(seconds: indexTimeout)), and that time is up"
    }

    init(entries: [Entry], problems: [Diagnostic] = []) {
        self.entries = entries
        self.problems = problems
    }

    /// An error for every published address the site at `routes` no longer has; the pages of
    /// a list (`…/pagina/3/`) come and go with its articles and are passed over while the list
    /// itself is there.
    func missing(from routes: RouteTable, site: SiteModel) -> [Diagnostic] {
        let basePath = routes.base.path
        var diagnostics = problems
        var reported: Set<String> = []
        for entry in entries {
            var path = entry.path
            if path.hasPrefix(basePath) { path = "/" + path.dropFirst(basePath.count) }
            guard routes.route(linkedAs: path) == nil, reported.insert(path).inserted else { continue }
            if let list = routes.addresses.list(ofListPage: path), routes.route(linkedAs: list) != nil { continue }
            diagnostics.append(Diagnostic(.error, entry.location, message(for: path, site: site)))
        }
        return diagnostics
    }

    private func message(for path: String, site: SiteModel) -> String {
        let lead = "'\(path)' was published but the new site no longer has it: links to it that are shared "
        guard let closest = Self.closestDocument(to: path, in: site.documents.all) else {
            return lead + "will break; give the page that replaces it 'aliases: [\(path)]'"
        }
        return lead + "will break; add 'aliases: [\(path)]' to \(closest.path) ('\(closest.title)', the closest "
            + "by name) or to the page that replaces it"
    }

    /// The document whose slug or title is nearest the address's last segment.
    static func closestDocument(to path: String, in documents: [Document]) -> Document? {
        let name = Array(path.split(separator: "/").last.map(String.init) ?? "")
        return documents.min { lhs, rhs in
            let left = distance(name, lhs)
            let right = distance(name, rhs)
            return (left, lhs.path) < (right, rhs.path)
        }
    }

    private static func distance(_ name: [Character], _ document: Document) -> Int {
        min(
            Suggestion.editDistance(name, Array(document.slug.value)),
            Suggestion.editDistance(name, Array(Slug(document.title)?.value ?? "")))
    }

    private static func sibling(of file: String, named url: String) -> String {
        let name = URL(string: url)?.lastPathComponent ?? url
        return URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(name).path
    }

    private static func read(_ source: String, timeout: TimeInterval, maxBytes: Int) -> Result<Data, ReadFailure> {
        guard HTTPFetch.isWeb(source) else {
            do {
                let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: source))
                defer { try? file.close() }
                let data = try file.read(upToCount: maxBytes + 1) ?? Data()
                guard data.count <= maxBytes else {
                    let limit = FetchLimits.describe(bytes: maxBytes)
                    return .failure(
                        ReadFailure(
                            reason: "the published sitemap could not be read: more than \(limit): not a sitemap"))
                }
                return .success(data)
            } catch {
                return .failure(
                    ReadFailure(reason: "the published sitemap could not be read: \(error.localizedDescription)"))
            }
        }
        guard let url = URL(string: source) else {
            return .failure(ReadFailure(reason: "'\(source)' is not a valid address"))
        }
        return HTTPFetch.get(url, timeout: timeout, maxBytes: maxBytes).mapError {
            ReadFailure(reason: "the published sitemap could not be fetched: \($0.reason)")
        }
    }
}
