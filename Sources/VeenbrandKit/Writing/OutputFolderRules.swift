import Foundation

/// Which folders Veenbrand will write a site into. The output folder is replaced whole at every
/// build, so it must be a folder Veenbrand made (or an empty or new one), and never one whose
/// loss would take the sources, the user's files or the system with it.
enum OutputFolderRules {
    /// Folders of the system, refused as output folders themselves (their subfolders are not).
    static let systemFolders = [
        "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/media", "/mnt", "/opt", "/proc",
        "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var", "/Applications", "/Library", "/System",
        "/Users", "/Volumes", "/private",
    ]

    /// Why `output` (symbolic links resolved) cannot be the output folder of the site at
    /// `source` (resolved), or nil if it can. Every folder is compared with links resolved.
    static func refusal(output: String, source: String, home: String) -> String? {
        let home = resolved(home)
        let system = Set(systemFolders + systemFolders.map(resolved))
        func isInside(_ path: String, _ folder: String) -> Bool {
            path == folder || folder == "/" || path.hasPrefix(folder + "/")
        }
        let reason: String?
        if output == "/" || system.contains(output) {
            reason = "it is a folder of the system"
        } else if isInside(home, output) {
            reason = output == home ? "it is your home folder" : "it contains your home folder"
        } else if isInside(source, output) {
            reason = "it is the site folder or contains it"
        } else if isInside(output, source + "/content") || isInside(output, source + "/theme") {
            reason = "it is inside content/ or theme/"
        } else {
            reason = contentsRefusal(output)
        }
        return reason.map { "refusing to use this output folder: \($0)" }
    }

    /// Why what is at `output` now cannot be replaced by the site, or nil.
    private static func contentsRefusal(_ output: String) -> String? {
        switch FileSystem.kind(of: output) {
        case .missing:
            return nil
        case .file, .special:
            return "it is a file, not a folder: remove it, or choose another --output"
        case .folder:
            let isEmpty = (FileSystem.entries(of: output) ?? []).isEmpty
            // Every build leaves its lock file beside the output, and a finished one its manifest.
            let madeByVeenbrand = ["manifest.json", "lock"].contains {
                FileSystem.kind(of: OutputSibling.path($0, beside: output)) != .missing
            }
            if isEmpty || madeByVeenbrand { return nil }
            let name = (output as NSString).lastPathComponent
            return "it holds files Veenbrand did not write (there is no .\(name).manifest.json beside it), "
                + "and a build replaces the whole folder: empty it, or choose another --output"
        }
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
