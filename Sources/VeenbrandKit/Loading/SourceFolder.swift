import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The site folder as the build sees it: every listing and every read of `content/` and
/// `theme/` goes through here. Loading lists the sources and reads the settings and the theme;
/// parsing reads each document's text, and rendering reads its body again, so that no stage
/// holds every text at once.
struct SourceFolder: Sendable {
    let root: URL
    /// `root` as a path, to which relative paths are joined with `/`.
    let rootPath: String
    /// `root` with symbolic links resolved: every file read must lie inside it.
    private let resolvedRoot: String

    init(root: URL) {
        self.root = root
        rootPath = root.path
        resolvedRoot = FileSystem.realPath(root.path) ?? root.standardizedFileURL.path
    }

    /// The two folders of a site: the editors' and the theme's.
    static let topFolders = ["content", "theme"]
    static let mediaFolder = "content/media"
    static let templatesFolder = "theme/templates"
    static let stringsFolder = "theme/i18n"
    static let assetsFolder = "theme/assets"
    /// The site's folders the media and the theme's assets are copied to, as they are.
    static let mediaAddress = "media"
    static let assetsAddress = "assets"
    /// No article or page is this long; a larger file is a mistake (say, a pasted image) and is
    /// not read.
    static let maxDocumentBytes = 10 * 1024 * 1024

    /// Reads an article or standalone page (at most `maxDocumentBytes`).
    func readDocument(_ path: String) throws(BuildError) -> SourceFile {
        try read(
            path, maxBytes: Self.maxDocumentBytes, as: "an article",
            advice: " (images and documents belong in content/media/)")
    }

    /// Reads a UTF-8 text file. A missing file, one that is not a regular file (a FIFO, which
    /// would block, a socket, a device), one over `maxBytes`, one linking out of the site, or
    /// invalid UTF-8 is an error.
    /// `kind` names what the file is for the error when it is too large, `advice` follows it.
    func read(_ path: String, maxBytes: Int = .max, as kind: String = "a text", advice: String = "")
        throws(BuildError) -> SourceFile
    {
        try refuseLinkOutOfSite(path)
        // Non-blocking, so that opening a FIFO returns at once; it is refused just below.
        let descriptor = open(rootPath + "/" + path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw BuildError(path: path, "file is missing or cannot be read") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw BuildError(path: path, "file is missing or cannot be read") }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw Self.notARegularFile(path, mode: status.st_mode) }
        let size = Int(status.st_size)
        if size > maxBytes {
            throw BuildError(
                path: path,
                "the file is \(Self.megabytes(size)) MB; \(kind) may be at most \(Self.megabytes(maxBytes)) MB"
                    + advice)
        }
        guard let bytes = FileSystem.readAll(descriptor, expected: size) else {
            throw BuildError(path: path, "file is missing or cannot be read")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = SourceText.firstInvalidUTF8(in: bytes)
            throw BuildError(
                path: path, line: line, column: column, "the file is not valid UTF-8 text: save it as UTF-8")
        }
        return SourceFile(path: path, text: text, stamp: FileStamp(status))
    }

    /// The files directly in `folder` whose names end in `.<extension>`, sorted. A missing
    /// folder is a problem when `required`.
    func files(in folder: String, extension: String, required: Bool, problems: inout [BuildError]) -> [String] {
        guard FileSystem.isDirectory(rootPath + "/" + folder) else {
            if required { problems.append(BuildError(path: folder, Self.missingFolder(folder, at: rootPath))) }
            return []
        }
        return files(in: folder, recursive: false, problems: &problems).filter {
            $0.lowercased().hasSuffix("." + `extension`)
        }
    }

    /// Every visible file under `folder`, as sorted paths relative to the site folder. Links
    /// are followed, but never round in a loop; a link that leads nowhere or back to a folder
    /// that contains it, a FIFO, socket or device, and a folder that cannot be read are each
    /// a problem at their own path.
    func files(in folder: String, recursive: Bool, problems: inout [BuildError]) -> [String] {
        var result: [String] = []
        var ancestors: Set<FileSystem.Identity> = []
        if let identity = FileSystem.identity(of: rootPath + "/" + folder) { ancestors.insert(identity) }
        walk(folder, recursive: recursive, ancestors: &ancestors, into: &result, problems: &problems)
        return result
    }

    private func walk(
        _ folder: String, recursive: Bool, ancestors: inout Set<FileSystem.Identity>,
        into result: inout [String], problems: inout [BuildError]
    ) {
        guard let entries = FileSystem.entries(of: rootPath + "/" + folder) else {
            problems.append(BuildError(path: folder, "the folder cannot be read: \(String(cString: strerror(errno)))"))
            return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            switch entry.kind {
            case .file:
                result.append(path)
            case .folder:
                guard recursive, let identity = entry.identity else { continue }
                guard ancestors.insert(identity).inserted else {
                    problems.append(
                        BuildError(
                            path: path,
                            "this link leads back to a folder that contains it, "
                                + "which would never end: remove the link"))
                    continue
                }
                walk(path, recursive: true, ancestors: &ancestors, into: &result, problems: &problems)
                ancestors.remove(identity)
            case .special:
                problems.append(
                    BuildError(
                        path: path,
                        "this is not a regular file (a FIFO, socket or device): "
                            + "remove it from the site folder"))
            case .missing:
                problems.append(
                    BuildError(
                        path: path,
                        entry.isLink
                            ? "this link leads to nothing: remove it or point it at a file in the site"
                            : "cannot be read"))
            }
        }
    }

    /// Every file under `folder` that exists, without problems: for fingerprints and scans.
    func existingFiles(in folder: String) -> [String] {
        var ignored: [BuildError] = []
        guard FileSystem.isDirectory(rootPath + "/" + folder) else { return [] }
        return files(in: folder, recursive: true, problems: &ignored)
    }

    /// A symbolic link that leads out of the site folder would publish a file nobody put in
    /// the site (say, `/etc/passwd`): it is an error.
    func refuseLinkOutOfSite(_ path: String) throws(BuildError) {
        // A missing file is reported by the reader.
        guard let target = FileSystem.realPath(rootPath + "/" + path) else { return }
        if !target.hasPrefix(resolvedRoot + "/") {
            throw BuildError(
                path: path,
                "the file is a link to \(target), outside the site folder: "
                    + "copy the file into the site instead")
        }
    }

    private static func notARegularFile(_ path: String, mode: mode_t) -> BuildError {
        (mode & S_IFMT) == S_IFDIR
            ? BuildError(path: path, "this is a folder, not a file")
            : BuildError(path: path, "this is not a regular file (a FIFO, socket or device): replace it with a file")
    }

    private static func missingFolder(_ folder: String, at root: String) -> String {
        FileSystem.kind(of: root + "/" + folder) == .missing
            ? "folder is missing" : "this should be a folder, but it is a file: make it a folder"
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}
