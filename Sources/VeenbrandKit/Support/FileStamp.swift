#if canImport(Glibc)
    import Glibc
#endif

/// What a file's metadata says about its version: size, modification and change times and
/// inode. Any save changes it (even one that keeps the modification time changes `ctime`), so
/// a file with the same stamp need not be read again.
struct FileStamp: Sendable, Hashable {
    let size: Int
    let modified: Int
    let changed: Int
    let inode: UInt

    init(size: Int, modified: Int, changed: Int, inode: UInt) {
        (self.size, self.modified, self.changed, self.inode) = (size, modified, changed, inode)
    }

    init(_ status: stat) {
        size = Int(status.st_size)
        modified = status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec
        changed = status.st_ctim.tv_sec * 1_000_000_000 + status.st_ctim.tv_nsec
        inode = UInt(status.st_ino)
    }

    /// The stamp of the file at `path` (following links), or nil if there is none.
    static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileStamp(status)
    }
}
