#if canImport(Glibc)
    import Glibc
#endif

/// The few file-system questions every stage asks, answered with one system call each.
enum FileSystem {
    /// What a path names, following symbolic links.
    enum Kind: Equatable {
        case file
        case folder
        /// A FIFO, socket or device: opening one may block forever, so it is never read.
        case special
        /// Nothing, or a link that leads nowhere.
        case missing
    }

    /// A file's device and inode: the same pair is the same file, however it is reached.
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// One entry of a folder listing.
    struct Entry {
        let name: String
        let kind: Kind
        /// Whether the entry itself is a symbolic link.
        let isLink: Bool
        /// Of what the entry leads to (nil when missing).
        let identity: Identity?
    }

    static func kind(of path: String) -> Kind {
        var status = stat()
        return stat(path, &status) == 0 ? kind(status.st_mode) : .missing
    }

    static func isDirectory(_ path: String) -> Bool { kind(of: path) == .folder }

    static func identity(of path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// The entries of `folder` (without `.` and `..`), sorted by name; nil if it cannot be listed.
    static func entries(of folder: String) -> [Entry]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(cString: bytes.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let type = entry.pointee.d_type
            switch Int32(type) {
            case Int32(DT_REG): entries.append(Entry(name: name, kind: .file, isLink: false, identity: nil))
            case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK):
                entries.append(Entry(name: name, kind: .special, isLink: false, identity: nil))
            default: entries.append(examine(name, in: folder, isLink: Int32(type) == Int32(DT_LNK)))
            }
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// An entry whose type the listing did not settle: a folder, a link or an unknown type.
    private static func examine(_ name: String, in folder: String, isLink knownLink: Bool) -> Entry {
        let path = folder + "/" + name
        var own = stat()
        let isLink = knownLink || (lstat(path, &own) == 0 && (own.st_mode & S_IFMT) == S_IFLNK)
        var status = stat()
        guard stat(path, &status) == 0 else { return Entry(name: name, kind: .missing, isLink: isLink, identity: nil) }
        let identity = Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        return Entry(name: name, kind: kind(status.st_mode), isLink: isLink, identity: identity)
    }

    /// `path` with every symbolic link resolved, or nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of an open file, read to its end (which may differ from `expected`).
    static func readAll(_ descriptor: Int32, expected: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: Swift.max(expected, 4096))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let result = bytes.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func kind(_ mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        default: .special
        }
    }
}
