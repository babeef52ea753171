/// What one output file reads while it is made: every accessor of `RenderContext` and of its
/// `SiteReads` notes its `Read` here. Rendering runs on many threads, one file each; the log
/// of the file a thread makes is bound to that thread (a task-local value), so producers pass
/// nothing around and cannot read without it being noted.
final class ReadLog: @unchecked Sendable {
    @TaskLocal private static var current: ReadLog?

    private var reads: Set<Read> = []
    /// `Read.settings`, the read of nearly every accessor, kept apart: a flag is cheaper to set
    /// again than a set's member.
    private var readsSettings = false

    /// Notes that the file being made read `read` (nothing when no file is being logged).
    static func note(_ read: Read) { current?.insert(read) }

    /// Notes every one of `reads`.
    static func note(_ reads: [Read]) {
        guard let log = current else { return }
        for read in reads { log.insert(read) }
    }

    private func insert(_ read: Read) {
        if read.kind == .settings { readsSettings = true } else { reads.insert(read) }
    }

    /// What was read, sorted.
    private var sorted: [Read] { (readsSettings ? [.settings] : []) + reads.sorted() }

    /// `make`'s result, with nothing it reads noted: for what one file works out for all
    /// (each noting its own reads where it uses the result).
    static func unnoted<T>(_ make: () -> T) -> T { $current.withValue(nil) { make() } }

    /// `make`'s result and what it read, sorted.
    static func reads<T>(of make: () -> T) -> (T, [Read]) {
        let log = ReadLog()
        let result = $current.withValue(log) { make() }
        return (result, log.sorted)
    }
}
