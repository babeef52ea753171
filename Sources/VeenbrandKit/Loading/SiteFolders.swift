/// The folders of a site that the preview server watches, listed as the build lists them:
/// links are followed, but a folder is listed once however it is reached, so a link that
/// leads back up (a loop) ends the walk instead of running forever.
public enum SiteFolders {
    /// Whether `folder` is a site: it has `content/` or `theme/`.
    public static func isSite(_ folder: String) -> Bool {
        SourceFolder.topFolders.contains { FileSystem.isDirectory(folder + "/" + $0) }
    }

    /// `folder` and every folder below it, each once.
    public static func tree(_ folder: String) -> [String] {
        var seen = Set<FileSystem.Identity>()
        var result: [String] = []
        func walk(_ path: String) {
            guard let identity = FileSystem.identity(of: path), seen.insert(identity).inserted else { return }
            result.append(path)
            for entry in FileSystem.entries(of: path) ?? [] where entry.kind == .folder {
                walk(path + "/" + entry.name)
            }
        }
        if FileSystem.isDirectory(folder) { walk(folder) }
        return result
    }

    /// Every file under `folders` with its size and modification time, for watching by polling.
    public static func snapshot(_ folders: [String]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for folder in folders.flatMap(tree) {
            for entry in FileSystem.entries(of: folder) ?? [] where entry.kind != .folder {
                let path = folder + "/" + entry.name
                let stamp = FileStamp.of(path)
                result[path] = [stamp?.size ?? -1, stamp?.modified ?? -1, stamp?.changed ?? -1]
            }
        }
        return result
    }
}
