import Foundation
import VeenbrandKit

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders (recursively) and calls `onChange` once things have been quiet for
/// `debounce`: inotify on Linux, polling file times and sizes elsewhere or if inotify fails.
public final class SiteWatcher: @unchecked Sendable {
    private let folders: [URL]
    private let debounce: Duration
    private let onChange: @Sendable () -> Void
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?
    /// How changes are noticed, for the start-up message.
    public private(set) var method = "polling"

    /// Watches `folders`; `onChange` runs once changes have been quiet for `debounce`.
    public init(folders: [URL], debounce: Duration = .milliseconds(150), onChange: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.debounce = debounce
        self.onChange = onChange
    }

    /// Starts watching, on a thread of its own.
    public func start() {
        #if os(Linux)
            if let inotify = Inotify(folders: folders) {
                method = "inotify"
                run { self.loop(waitingOn: inotify) }
                return
            }
        #endif
        run { self.pollLoop() }
    }

    /// Stops watching.
    public func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread { body() }
        thread.name = "veenbrand-watcher"
        self.thread = thread
        thread.start()
    }

    #if os(Linux)
        private func loop(waitingOn inotify: Inotify) {
            defer { inotify.close() }
            var pendingSince: ContinuousClock.Instant?
            while !isStopped {
                if inotify.waitForEvents(milliseconds: 50) {
                    inotify.drain()
                    pendingSince = .now
                }
                if let since = pendingSince, ContinuousClock.now - since >= debounce {
                    pendingSince = nil
                    onChange()
                }
            }
        }
    #endif

    private func pollLoop() {
        var last = snapshot()
        var pendingSince: ContinuousClock.Instant?
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.25)
            let current = snapshot()
            if current != last {
                last = current
                pendingSince = .now
            }
            if let since = pendingSince, ContinuousClock.now - since >= debounce {
                pendingSince = nil
                onChange()
            }
        }
    }

    /// Every file's path, size and times, folders reached through links listed once.
    private func snapshot() -> [String: [Int]] { SiteFolders.snapshot(folders.map(\.path)) }
}

#if os(Linux)
    /// A thin wrapper over Linux's inotify: one watch per folder, new folders watched as they appear.
    private final class Inotify: @unchecked Sendable {
        private let descriptor: Int32
        private var watched: [Int32: String] = [:]
        private static let mask = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF | IN_MOVE_SELF | IN_ATTRIB)

        init?(folders: [URL]) {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            for folder in folders where !watchTree(folder.path) {
                Glibc.close(descriptor)
                return nil
            }
        }

        /// Watches `path` and every folder below it (each once, so a link that loops ends the
        /// walk); false if the kernel refuses (e.g. watch limit).
        private func watchTree(_ path: String) -> Bool {
            for folder in SiteFolders.tree(path) where !watched.values.contains(folder) {
                let watch = inotify_add_watch(descriptor, folder, Self.mask)
                guard watch >= 0 else { return false }
                watched[watch] = folder
            }
            return true
        }

        func waitForEvents(milliseconds: Int32) -> Bool {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            return poll(&poller, 1, milliseconds) > 0
        }

        /// Reads every pending event; watches folders that were created or moved in.
        func drain() {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { return }
                var offset = 0
                while offset < count {
                    let (watch, mask, nameLength, name) = buffer.withUnsafeBytes {
                        raw -> (Int32, UInt32, Int, String) in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        let nameStart = offset + MemoryLayout<inotify_event>.size
                        let nameBytes = raw[nameStart..<nameStart + Int(event.len)].prefix { $0 != 0 }
                        return (event.wd, event.mask, Int(event.len), String(decoding: nameBytes, as: UTF8.self))
                    }
                    if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                        let parent = watched[watch]
                    {
                        _ = watchTree(parent + "/" + name)
                    }
                    if mask & UInt32(IN_IGNORED) != 0 { watched[watch] = nil }
                    offset += MemoryLayout<inotify_event>.size + nameLength
                }
            }
        }

        func close() { Glibc.close(descriptor) }
    }
#endif
