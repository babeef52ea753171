import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why an address or file could not be read or fetched.
struct ReadFailure: Error {
    let reason: String
}

/// The limits of what `check` fetches, each set here and nowhere else; docs/editing.md states
/// them, and a test holds the two together.
public enum FetchLimits {
    /// Seconds a published sitemap may take, from asking for it to its last byte.
    public static let sitemapSeconds: TimeInterval = 20
    /// Seconds the sitemaps of a sitemap index may take all together.
    public static let sitemapIndexSeconds: TimeInterval = 120
    /// The bytes a sitemap may have: the sitemaps protocol's 50 MB, uncompressed.
    public static let sitemapBytes = 50 * 1024 * 1024
    /// The sitemaps one `--published` reads at most, the index included.
    public static let sitemapCount = 1000
    /// Seconds an external link may take to answer, its HEAD and GET together.
    public static let linkSeconds: TimeInterval = 15

    /// "20 seconds", "2 minutes", "1 second": a limit as the messages say it.
    static func describe(seconds: TimeInterval) -> String {
        if seconds >= 120, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60)) minutes" }
        if seconds == 1 { return "1 second" }
        return seconds == seconds.rounded() ? "\(Int(seconds)) seconds" : "\(seconds) seconds"
    }

    /// "50 MB", "4 KB": a byte cap as the messages say it.
    static func describe(bytes: Int) -> String {
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? "\(bytes / 1024 / 1024) MB" : "\(bytes / 1024) KB"
    }
}

/// One HTTP request, waited for: what `check` fetches (the published sitemap, external links).
/// Every request ends by a wall-clock deadline, whatever the server does, and reads no more of
/// a body than it is allowed.
enum HTTPFetch {
    /// Whether `address` is one to fetch: `http:` or `https:`, in any case.
    static func isWeb(_ address: String) -> Bool {
        let lower = address.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The body of a `200` answer to a GET of `url`, or why there is none: given up on after
    /// `timeout` seconds (from asking to the last byte), or once the body passes `maxBytes`.
    static func get(_ url: URL, timeout: TimeInterval, maxBytes: Int) -> Result<Data, ReadFailure> {
        let deadline = Date(timeIntervalSinceNow: timeout)
        return request(url, method: "GET", deadline: deadline, seconds: timeout, maxBytes: maxBytes).flatMap {
            $0.status == 200 ? .success($0.body) : .failure(ReadFailure(reason: "the server answered \($0.status)"))
        }
    }

    /// The status of `url` (redirects followed): asked with HEAD, and with GET where a server
    /// does not answer HEAD properly; both together within `timeout` seconds. No body is read:
    /// the request ends at the answer's headers.
    static func status(_ url: URL, timeout: TimeInterval) -> Result<Int, ReadFailure> {
        let deadline = Date(timeIntervalSinceNow: timeout)
        let head = request(url, method: "HEAD", deadline: deadline, seconds: timeout, maxBytes: nil).map(\.status)
        if case .success(let status) = head, [403, 404, 405, 501].contains(status) {
            return request(url, method: "GET", deadline: deadline, seconds: timeout, maxBytes: nil).map(\.status)
        }
        return head
    }

    private static func request(
        _ url: URL, method: String, deadline: Date, seconds: TimeInterval, maxBytes: Int?
    ) -> Result<(status: Int, body: Data), ReadFailure> {
        // URLSession's own timeouts count whole seconds (0.9 is none at all); they are set past
        // the deadline, which is the one that ends the request.
        let idle = max(deadline.timeIntervalSinceNow, 0).rounded(.up) + 1
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: idle)
        request.httpMethod = method
        request.setValue("Veenbrand check", forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = idle
        configuration.timeoutIntervalForResource = idle
        let transfer = Transfer(maxBytes: maxBytes, seconds: seconds)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        let task = session.dataTask(with: request)
        task.resume()
        let result = transfer.wait(until: deadline)
        // Cancelling waits for the session's queue, which a server sending as fast as it can
        // keeps busy: it is left to another thread, and what still arrives is dropped. The
        // session's own timeout, a second past the deadline, ends the transfer in any case.
        DispatchQueue.global().async {
            task.cancel()
            session.invalidateAndCancel()
        }
        return result
    }

    /// One request's answer as it arrives: the status, the body up to its cap, and the first
    /// outcome (an answer, an error, the cap or the deadline), which is the one that counts.
    private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        typealias Outcome = Result<(status: Int, body: Data), ReadFailure>
        /// The most body bytes kept, or nil when only the status is wanted.
        let maxBytes: Int?
        let seconds: TimeInterval
        private let lock = NSLock()
        private let done = DispatchSemaphore(value: 0)
        private var status: Int?
        private var body = Data()
        private var outcome: Outcome?

        init(maxBytes: Int?, seconds: TimeInterval) {
            self.maxBytes = maxBytes
            self.seconds = seconds
        }

        /// The outcome, or a failure once `deadline` has passed without one.
        func wait(until deadline: Date) -> Outcome {
            if done.wait(timeout: .now() + max(deadline.timeIntervalSinceNow, 0)) == .timedOut {
                let answered = lock.withLock { status != nil }
                finish(.failure(ReadFailure(reason: late(answered: answered))))
            }
            return lock.withLock { outcome ?? .failure(ReadFailure(reason: late(answered: false))) }
        }

        private func late(answered: Bool) -> String {
            let limit = FetchLimits.describe(seconds: seconds)
            return answered ? "the answer did not end within \(limit)" : "no answer within \(limit)"
        }

        private func finish(_ result: Outcome) {
            lock.withLock {
                guard outcome == nil else { return }
                outcome = result
                done.signal()
            }
        }

        private var tooLarge: ReadFailure {
            ReadFailure(reason: "more than \(FetchLimits.describe(bytes: maxBytes ?? 0)): not a sitemap")
        }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
            completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
        ) {
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            lock.withLock { self.status = status }
            guard let maxBytes else {
                finish(.success((status, Data())))
                return completionHandler(.cancel)
            }
            if response.expectedContentLength > Int64(maxBytes) {
                finish(.failure(tooLarge))
                return completionHandler(.cancel)
            }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            let over = lock.withLock {
                guard outcome == nil else { return false }
                body.append(data)
                return body.count > maxBytes ?? 0
            }
            if over {
                finish(.failure(tooLarge))
            }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            guard let error else { return finish(lock.withLock { .success((status ?? 0, body)) }) }
            finish(.failure(ReadFailure(reason: plain(error))))
        }

        /// What went wrong, said plainly rather than as an `NSURLErrorDomain` code.
        private func plain(_ error: any Error) -> String {
            switch URLError.Code(rawValue: (error as NSError).code) {
            case .timedOut: late(answered: lock.withLock { status != nil })
            case .cannotConnectToHost: "cannot connect: the connection was refused"
            case .cannotFindHost, .dnsLookupFailed: "cannot connect: no server has that name"
            case .notConnectedToInternet: "cannot connect: this computer is not online"
            case .networkConnectionLost: "the connection was lost before the answer ended"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
                "cannot connect securely: the site's certificate or encryption was not accepted"
            case .httpTooManyRedirects, .redirectToNonExistentLocation: "it redirects too often or nowhere"
            case .badServerResponse: "the server's answer is not HTTP"
            case .unsupportedURL: "it is not an address that can be asked"
            default: "the request failed (URL error \((error as NSError).code))"
            }
        }
    }
}
