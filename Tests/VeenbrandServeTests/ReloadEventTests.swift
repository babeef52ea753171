import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VeenbrandServe

#if canImport(Glibc)
    import Glibc
#endif

/// The reload event reaches a page over a real connection: a live server on loopback and a
/// plain socket standing in for the browser's EventSource.
@Suite struct ReloadEventTests {
    @Test func aRebuildSendsTheReloadEvent() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.cleanUp() }
        fixture.site.rebuild()
        try await fixture.server.application(host: "127.0.0.1", port: 0).test(.live) { client in
            let port = try #require(client.port)
            let connection = try EventStreamConnection(port: port)
            defer { connection.close() }
            let greeting = try await connection.read(until: ": connected")
            #expect(greeting.contains("text/event-stream"))
            while await fixture.broadcaster.listenerCount == 0 { try await Task.sleep(for: .milliseconds(20)) }

            let state = fixture.site.rebuild()
            await fixture.broadcaster.reload(generation: state.generation)
            let event = try await connection.read(until: "data: \(state.generation)")
            #expect(event.contains("event: reload\ndata: \(state.generation)\n"))
        }
    }
}

/// A blocking socket that sends one GET for the event stream and reads what comes back.
final class EventStreamConnection: @unchecked Sendable {
    private let descriptor: Int32
    private var received = ""

    struct Failure: Error { let reason: String }

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(reason: "socket") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(reason: "connect") }
        let request = "GET \(PreviewServer.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), 0) }
    }

    /// Reads until the text received so far contains `marker` (or the 30 s timeout).
    func read(until marker: String) async throws -> String {
        try await Task.detached { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !received.contains(marker) {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                guard count > 0 else { throw Failure(reason: "no '\(marker)' in: \(received)") }
                received += String(decoding: buffer[0..<count], as: UTF8.self).replacingOccurrences(
                    of: "\r\n", with: "\n")
            }
            return received
        }.value
    }

    func close() { _ = Glibc.close(descriptor) }
}
