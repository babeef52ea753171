/// Every file in `content/` and `theme/` with its stamp, from one walk: the manifest's
/// fingerprint and the build cache's check of which articles changed both come from it, so no
/// file is looked at twice.
public struct SourceScan: Sendable {
    /// The stamp of each file, by path relative to the site folder.
    let stamps: [String: FileStamp]
    /// The paths, sorted.
    let paths: [String]

    /// The files directly in `folder` whose names end in `.<extension>`, sorted (as the
    /// loader's own listing gives them).
    func files(in folder: String, extension: String) -> [String] {
        let prefix = folder + "/"
        return paths.filter { path in
            path.hasPrefix(prefix) && path.hasSuffix("." + `extension`) && !path.dropFirst(prefix.count).contains("/")
        }
    }

    /// A fingerprint of every file (path, size, times, inode: no file is read) and of `extra`;
    /// any change to a source changes it.
    func fingerprint(with extra: [String]) -> String {
        var hasher = Fingerprint()
        for part in extra { hasher.add(part) }
        for path in paths {
            guard let stamp = stamps[path] else { continue }
            hasher.add(path)
            for number in [stamp.size, stamp.modified, stamp.changed, Int(bitPattern: stamp.inode)] { hasher.add(number) }
        }
        return hasher.hex
    }
}

extension SiteLoader {
    /// Walks `content/` and `theme/` and takes every file's stamp, on all cores.
    public func scan() -> SourceScan {
        let paths = ["content", "theme"].filter { isDirectory(rootPath + "/" + $0) }.flatMap { files(in: $0, recursive: true) }
        let stamps = paths.concurrentMap { FileStamp.of(rootPath + "/" + $0) }
        var byPath: [String: FileStamp] = [:]
        byPath.reserveCapacity(paths.count)
        for (path, stamp) in zip(paths, stamps) { byPath[path] = stamp }
        return SourceScan(stamps: byPath, paths: paths)
    }
}
