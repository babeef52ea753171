import Dispatch

extension RandomAccessCollection where Index == Int {
    /// `transform` applied to every element, spread over all cores in chunks; the results are
    /// in the collection's order, so the output is the same as a serial `map`.
    func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        let count = self.count
        guard count > 1 else { return map(transform) }
        let chunkSize = Swift.max(1, Swift.min(64, count / 32))
        let chunks = (count + chunkSize - 1) / chunkSize
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let results = buffer
            nonisolated(unsafe) let elements = self
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * chunkSize
                    for offset in start..<Swift.min(start + chunkSize, count) {
                        (results.baseAddress! + offset).initialize(
                            to: transform(elements[elements.startIndex + offset]))
                    }
                }
            }
            initialized = count
        }
    }
}

/// A value computed on another thread while the caller does something else.
final class BackgroundValue<T>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    init(_ compute: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = compute()
            self.done.signal()
        }
    }

    /// The value, once computed (waits for it).
    var value: T {
        done.wait()
        done.signal()
        return result!
    }
}
