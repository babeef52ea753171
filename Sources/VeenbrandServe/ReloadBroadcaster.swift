import NIOCore

/// Tells every open page to reload, over Server-Sent Events.
public actor ReloadBroadcaster {
    private var listeners: [Int: AsyncStream<ByteBuffer>.Continuation] = [:]
    private var nextID = 0

    /// A broadcaster with no page listening yet.
    public init() {}

    /// A stream of SSE messages for one page; it starts with a comment so the page knows it is connected.
    public func subscribe() -> AsyncStream<ByteBuffer> {
        let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        let id = nextID
        nextID += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(ByteBuffer(string: ": connected\n\n"))
        return stream
    }

    /// Sends `event: reload` to every page; `generation` is the build's number.
    public func reload(generation: Int) {
        for continuation in listeners.values {
            continuation.yield(ByteBuffer(string: "event: reload\ndata: \(generation)\n\n"))
        }
    }

    /// How many pages are listening.
    public var listenerCount: Int { listeners.count }

    private func remove(_ id: Int) { listeners[id] = nil }
}
