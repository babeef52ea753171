import Foundation

/// `check --external`: every `http(s)` link of the content is asked for, eight at a time, with a
/// timeout; one that fails is a warning (other sites go down; a check must not fail for them).
/// Answers are kept for a day in a cache file, so a check run again soon asks nothing.
public struct ExternalLinks: Sendable {
    /// How long an answer is trusted.
    static let lifetime: TimeInterval = 24 * 60 * 60
    let timeout: TimeInterval
    /// The cache file, or nil for none.
    let cache: URL?
    let now: Date

    /// Checks with `timeout` seconds per address, keeping answers in `cache`.
    public init(timeout: TimeInterval = FetchLimits.linkSeconds, cache: URL?, now: Date = Date()) {
        self.timeout = timeout
        self.cache = cache
        self.now = now
    }

    /// The cache file for the site at `source`: in `$XDG_CACHE_HOME` (or `~/.cache`), never in
    /// the site's own folder.
    public static func defaultCache(for source: URL) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        let key = Fingerprint.of(source.standardizedFileURL.path).hex.prefix(16)
        return base.appendingPathComponent("veenbrand/external-links-\(key).json")
    }

    /// A warning at every link whose address did not answer well.
    func diagnostics(_ links: [ContentLink]) -> [Diagnostic] {
        let external = links.filter { HTTPFetch.isWeb($0.url) }
        let addresses = Array(Set(external.map(\.url))).sorted()
        var answers = loadCache()
        let asking = addresses.filter { answers[$0] == nil }
        for (address, answer) in zip(asking, ask(asking)) { answers[address] = answer }
        saveCache(answers)
        return external.compactMap { link in
            guard let answer = answers[link.url], let problem = answer.problem else { return nil }
            return Diagnostic(
                .warning, link.location,
                "the link to '\(link.url)' \(problem) (checked \(Self.day(answer.checked))): "
                    + "is the address still right?")
        }
    }

    struct Answer: Codable, Sendable {
        /// Why the address is a problem, or nil when it answered well.
        let problem: String?
        let checked: Date
    }

    private func ask(_ addresses: [String]) -> [Answer] {
        let answers = AnswerList(count: addresses.count)
        let slots = DispatchSemaphore(value: 8)
        let group = DispatchGroup()
        for (index, address) in addresses.enumerated() {
            slots.wait()
            group.enter()
            DispatchQueue.global().async { [timeout, now] in
                defer {
                    slots.signal()
                    group.leave()
                }
                guard let url = URL(string: address) else {
                    answers.set(index, Answer(problem: "is not a valid address", checked: now))
                    return
                }
                let problem: String?
                switch HTTPFetch.status(url, timeout: timeout) {
                case .success(let status): problem = (200..<400).contains(status) ? nil : "answered \(status)"
                case .failure(let failure): problem = "did not answer: \(failure.reason)"
                }
                answers.set(index, Answer(problem: problem, checked: now))
            }
        }
        group.wait()
        return answers.all
    }

    private final class AnswerList: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [Answer?]
        init(count: Int) { answers = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ answer: Answer) { lock.withLock { answers[index] = answer } }
        var all: [Answer] {
            lock.withLock { answers.map { $0 ?? Answer(problem: "gave no answer", checked: .distantPast) } }
        }
    }

    private func loadCache() -> [String: Answer] {
        guard let cache, let data = try? Data(contentsOf: cache),
            let answers = try? JSONDecoder().decode([String: Answer].self, from: data)
        else { return [:] }
        return answers.filter { now.timeIntervalSince($0.value.checked) < Self.lifetime }
    }

    private func saveCache(_ answers: [String: Answer]) {
        guard let cache, let data = try? JSONEncoder().encode(answers) else { return }
        try? FileManager.default.createDirectory(
            at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: cache, options: .atomic)
    }

    private static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
