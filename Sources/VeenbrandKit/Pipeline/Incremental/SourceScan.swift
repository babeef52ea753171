/// Every file in `content/` and `theme/` with its stamp, from one walk: the manifest's
/// fingerprint and the check of which documents changed both come from it, so no file is
/// looked at twice.
struct SourceScan: Sendable {
    /// The stamp of each file, by path relative to the site folder.
    let stamps: [String: FileStamp]
    /// The paths, sorted.
    let paths: [String]

    /// Walks `content/` and `theme/` and takes every file's stamp, on all cores.
    init(of folder: SourceFolder) {
        paths = SourceFolder.topFolders.flatMap { folder.existingFiles(in: $0) }
        let stamps = paths.concurrentMap { FileStamp.of(folder.rootPath + "/" + $0) }
        var byPath: [String: FileStamp] = [:]
        byPath.reserveCapacity(paths.count)
        for (path, stamp) in zip(paths, stamps) { byPath[path] = stamp }
        self.stamps = byPath
    }

    /// A fingerprint of every file (path, size, times, inode: no file is read) and of `extra`;
    /// any change to a source changes it.
    func fingerprint(with extra: [String]) -> String {
        var hasher = Fingerprint()
        for part in extra { hasher.add(part) }
        for path in paths {
            guard let stamp = stamps[path] else { continue }
            hasher.add(path)
            for number in [stamp.size, stamp.modified, stamp.changed, Int(bitPattern: stamp.inode)] {
                hasher.add(number)
            }
        }
        return hasher.hex
    }
}
