import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folders of the search index's shards: `pagefind/<fingerprint>/`, one Pagefind index each.
enum SearchShardFolder {
    /// What Pagefind writes for its own search interfaces, which the search page does not use.
    static let unused = [
        "pagefind-component-ui.css", "pagefind-component-ui.js", "pagefind-highlight.js",
        "pagefind-modular-ui.css", "pagefind-modular-ui.js", "pagefind-ui.css", "pagefind-ui.js",
    ]

    /// Puts the shard `name`, if one of `sites` has it, at `target`: the first site's (the
    /// standby folder, about to be replaced) is moved, another's (the output) is linked file by
    /// file. A shard folder is moved in whole when it is complete, and a standby folder whose
    /// writing was interrupted has every file of its index removed before the next index, so a
    /// folder with its `pagefind-entry.json` is complete.
    static func reuse(_ name: String, from sites: [String], at target: String) -> Bool {
        for (place, site) in sites.enumerated() {
            let folder = site + "/" + SearchIndexer.folder + "/" + name
            guard access(folder + "/pagefind-entry.json", F_OK) == 0 else { continue }
            if place == 0 {
                if rename(folder, target) == 0 { return true }
            } else if link(FileOperations.files(under: folder), of: folder, at: target) {
                return true
            }
        }
        return false
    }

    /// A folder `mirror` holding links to the pages `paths` of `site`, at the same paths.
    static func mirror(_ paths: [String], of site: String, in mirror: String) throws(FileOperations.Failure) {
        for path in paths where !FileOperations.share(site + "/" + path, at: mirror + "/" + path) {
            try FileOperations.copy(site + "/" + path, to: mirror + "/" + path)
        }
    }

    /// Removes what the search page does not use from the index Pagefind wrote into `folder`.
    static func prune(_ folder: String) {
        for name in unused { unlink(folder + "/" + name) }
    }

    /// `shards.json`: the shards' folder names, in order, as a JSON list.
    static func list(_ names: [String]) -> String {
        "[" + names.map { "\"" + $0 + "\"" }.joined(separator: ",") + "]\n"
    }

    private static func link(_ files: [String], of folder: String, at target: String) -> Bool {
        for file in files.sorted() where !FileOperations.share(folder + "/" + file, at: target + "/" + file) {
            try? FileManager.default.removeItem(atPath: target)
            return false
        }
        return true
    }
}
