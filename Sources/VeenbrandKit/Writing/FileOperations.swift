import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The file operations the writer is made of. A file in the standby folder may be the same
/// inode as the live one in the output folder (hard links), so a file is never changed where it
/// is: it is unlinked and made anew, or made beside and renamed over (`replace`).
enum FileOperations {
    struct Failure: Error, LocalizedError {
        let path: String
        let reason: String

        init(path: String, errno code: Int32 = errno) {
            self.path = path
            reason = String(cString: strerror(code))
        }

        var errorDescription: String? { "\(path): \(reason)" }
    }

    /// Puts `text` at `path` as a new file (its folder made if need be), unless the file there
    /// already holds exactly these bytes.
    /// In a `fresh` folder (made by this build) there is nothing to compare or replace.
    static func put(_ text: String, at path: String, fresh: Bool = false) throws(Failure) {
        var text = text
        if let failure = text.withUTF8({ put(bytes: $0, at: path, fresh: fresh) }) { throw failure }
    }

    /// Writes `bytes` at `path` as `put(_:at:fresh:)` writes text.
    static func put(_ bytes: [UInt8], at path: String, fresh: Bool = false) throws(Failure) {
        if let failure = bytes.withUnsafeBufferPointer({ put(bytes: $0, at: path, fresh: fresh) }) { throw failure }
    }

    private static func put(bytes: UnsafeBufferPointer<UInt8>, at path: String, fresh: Bool) -> Failure? {
        if !fresh {
            if hasContents(bytes, at: path) { return nil }
            unlink(path)
        }
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            do throws(Failure) { try makeFolders(for: path) } catch { return error }
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { return Failure(path: path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return Failure(path: path)
            }
            written += result
        }
        return nil
    }

    /// Makes `path` the same file as `existing` (a hard link: same inode, same modification
    /// time); false if that cannot be done (no such file, another file system).
    static func share(_ existing: String, at path: String) -> Bool {
        var old = stat()
        var new = stat()
        guard stat(existing, &old) == 0 else { return false }
        if stat(path, &new) == 0 {
            if old.st_ino == new.st_ino && old.st_dev == new.st_dev { return true }
            unlink(path)
        }
        if link(existing, path) == 0 { return true }
        guard errno == ENOENT, (try? makeFolders(for: path)) != nil else { return false }
        return link(existing, path) == 0
    }

    /// Puts the bytes of the file at `source` at `path`, as a new file, unless the file there
    /// already holds them.
    static func copy(_ source: String, to path: String) throws(Failure) {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw Failure(path: source, errno: ENOENT)
        }
        if let failure = data.withUnsafeBytes({ put(bytes: $0.bindMemory(to: UInt8.self), at: path, fresh: false) }) {
            throw failure
        }
    }

    /// Makes the file at `path` hold `bytes`, whole or not at all: they are written beside it,
    /// then renamed over it.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let beside = path + ".veenbrand-new"
        unlink(beside)
        if let failure = bytes.withUnsafeBufferPointer({ put(bytes: $0, at: beside, fresh: true) }) { throw failure }
        guard rename(beside, path) == 0 else {
            let failure = Failure(path: path)
            unlink(beside)
            throw failure
        }
    }

    /// Makes the file at `path` the same as the file at `source` (a copy), whole or not at all.
    static func replace(_ path: String, withCopyOf source: String) throws(Failure) {
        guard let data = FileManager.default.contents(atPath: source) else {
            throw Failure(path: source, errno: ENOENT)
        }
        try replace(path, with: [UInt8](data))
    }

    /// Removes the file at `path` and the folders it leaves empty, up to `root`.
    static func remove(_ path: String, under root: String) {
        unlink(path)
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/"), folder[..<slash].count > root.count {
            folder = folder[..<slash]
            if rmdir(String(folder)) != 0 { break }
        }
    }

    /// Whether the file at `path` holds exactly `bytes`.
    static func hasContents(_ bytes: UnsafeBufferPointer<UInt8>, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + done, bytes.count - done) }
            if count <= 0 { return false }
            done += count
        }
        return existing.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// Makes the folders that will hold `path`.
    static func makeFolders(for path: String) throws(Failure) {
        guard let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return }
        let folder = String(path[..<slash])
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw Failure(path: folder) }
        try makeFolders(for: folder)
        if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw Failure(path: folder) }
    }

    /// Every file under `root` (links are not followed: a link is listed as a file), as paths
    /// relative to it.
    static func files(under root: String) -> [String] {
        var result: [String] = []
        func walk(_ relative: String) {
            for entry in FileSystem.entries(of: relative.isEmpty ? root : root + "/" + relative) ?? [] {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.kind == .folder && !entry.isLink { walk(path) } else { result.append(path) }
            }
        }
        walk("")
        return result
    }
}
