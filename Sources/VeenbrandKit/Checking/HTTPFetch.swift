import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why an address or file could not be read or fetched.
struct ReadFailure: Error {
    let reason: String
}

/// One HTTP request, waited for: what `check` fetches (the published sitemap, external links).
enum HTTPFetch {
    /// Whether `address` is one to fetch: `http:` or `https:`, in any case.
    static func isWeb(_ address: String) -> Bool {
        let lower = address.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    private final class Outcome: @unchecked Sendable {
        var result: Result<(status: Int, body: Data), ReadFailure> = .failure(ReadFailure(reason: "no answer"))
    }

    /// The body of a `200` answer to a GET of `url`, or why there is none; gives up after
    /// `timeout` seconds.
    static func get(_ url: URL, timeout: TimeInterval) -> Result<Data, ReadFailure> {
        request(url, method: "GET", timeout: timeout).flatMap { answer in
            answer.status == 200
                ? .success(answer.body) : .failure(ReadFailure(reason: "the server answered \(answer.status)"))
        }
    }

    /// The status of `url` (redirects followed): asked with HEAD, and with GET where a server
    /// does not answer HEAD properly.
    static func status(_ url: URL, timeout: TimeInterval) -> Result<Int, ReadFailure> {
        let head = request(url, method: "HEAD", timeout: timeout).map(\.status)
        if case .success(let status) = head, [403, 404, 405, 501].contains(status) {
            return request(url, method: "GET", timeout: timeout).map(\.status)
        }
        return head
    }

    private static func request(_ url: URL, method: String, timeout: TimeInterval) -> Result<
        (status: Int, body: Data), ReadFailure
    > {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue("Veenbrand check", forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            if let error {
                outcome.result = .failure(ReadFailure(reason: error.localizedDescription))
            } else {
                outcome.result = .success(((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data()))
            }
            done.signal()
        }.resume()
        done.wait()
        return outcome.result
    }
}
