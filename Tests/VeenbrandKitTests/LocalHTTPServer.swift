import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 (POSIX sockets, a thread per connection) for the tests of
/// what `check` fetches: it answers as each test asks, including the ways real servers
/// misbehave (never answering, never ending), and counts the body bytes it sends.
final class LocalHTTPServer: @unchecked Sendable {
    /// How to answer one request.
    enum Answer: Sendable {
        /// This status, with this body (left out for HEAD) and its length; `SERVER` in the body
        /// stands for the server's address.
        case status(Int, body: String = "")
        /// A redirect to `location`.
        case redirect(String)
        /// Read the request, then never answer.
        case silent
        /// A `200` with a body that never ends, sent as fast as the client takes it.
        case endless
        /// A `200` whose body comes one byte every tenth of a second, never ending.
        case drip
    }

    let port: Int
    /// `http://127.0.0.1:PORT`, without a slash at the end.
    var address: String { "http://127.0.0.1:\(port)" }
    private let listener: Int32
    private let answer: @Sendable (_ method: String, _ path: String) -> Answer
    private let lock = NSLock()
    private var connections: Set<Int32> = []
    private var stopped = false
    private var sentBytes = 0

    /// The body bytes sent so far, over all requests.
    var sent: Int { lock.withLock { sentBytes } }

    /// Listens on a free port, answering each request with `answer(method, path)`.
    init(_ answer: @escaping @Sendable (_ method: String, _ path: String) -> Answer) throws {
        self.answer = answer
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(listener, socketAddress, length) == 0 && listen(listener, 32) == 0
                    && getsockname(listener, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(listener)
            throw CocoaError(.fileWriteUnknown)
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Stops listening and ends every open connection.
    func stop() {
        lock.withLock {
            stopped = true
            shutdown(listener, Int32(SHUT_RDWR))
            for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
        }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        defer { close(listener) }
        while !isStopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let open = lock.withLock { stopped ? false : connections.insert(connection).inserted }
            guard open else {
                close(connection)
                return
            }
            Thread.detachNewThread { [self] in
                serve(connection)
                lock.withLock {
                    connections.remove(connection)
                    close(connection)
                }
            }
        }
    }

    private func serve(_ connection: Int32) {
        var request = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.range(of: Data("\r\n\r\n".utf8)) == nil, request.count < 65536 {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            request.append(contentsOf: buffer[0..<count])
        }
        let words = String(decoding: request, as: UTF8.self).split(separator: " ", maxSplits: 2)
        guard words.count == 3 else { return }
        let method = String(words[0])
        switch answer(method, String(words[1])) {
        case .status(let status, let body):
            let body = body.replacingOccurrences(of: "SERVER", with: address)
            let head = "HTTP/1.1 \(status) X\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
            _ = send(connection, head + (method == "HEAD" ? "" : body))
        case .redirect(let location):
            _ = send(
                connection, "HTTP/1.1 302 X\r\nLocation: \(location)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        case .silent:
            while !isStopped, recv(connection, &buffer, buffer.count, 0) > 0 {}
        case .endless: stream(connection, "<urlset>" + String(repeating: " ", count: 16376), pause: 0)
        case .drip: stream(connection, "<", pause: 0.1)
        }
    }

    /// A `200` whose body is `chunk` again and again, with `pause` seconds between, until the
    /// client goes or the server stops.
    private func stream(_ connection: Int32, _ chunk: String, pause: TimeInterval) {
        guard send(connection, "HTTP/1.1 200 X\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n") else { return }
        while !isStopped, send(connection, chunk) {
            lock.withLock { sentBytes += chunk.utf8.count }
            if pause > 0 { Thread.sleep(forTimeInterval: pause) }
        }
    }

    /// Whether all of `text` was sent; never a SIGPIPE when the client has gone.
    private func send(_ connection: Int32, _ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
