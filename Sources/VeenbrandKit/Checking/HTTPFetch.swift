import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One GET request, waited for: what `check` fetches (the published sitemap).
enum HTTPFetch {
    private final class Outcome: @unchecked Sendable {
        var result: Result<Data, ReadFailure> = .failure(ReadFailure(reason: "no answer"))
    }

    /// The body of a `200` answer to a GET of `url`, or why there is none; gives up after
    /// `timeout` seconds.
    static func get(_ url: URL, timeout: TimeInterval) -> Result<Data, ReadFailure> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("Veenbrand check", forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            if let error {
                outcome.result = .failure(ReadFailure(reason: error.localizedDescription))
            } else if status != 200 {
                outcome.result = .failure(ReadFailure(reason: "the server answered \(status)"))
            } else {
                outcome.result = .success(data ?? Data())
            }
            done.signal()
        }.resume()
        done.wait()
        return outcome.result
    }
}
