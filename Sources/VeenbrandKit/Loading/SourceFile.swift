/// A text file of the site's sources, with its path relative to the site folder.
struct SourceFile: Sendable, Equatable {
    let path: String
    let text: String
    /// The file's version when it was read, so a later read can tell whether it changed.
    let stamp: FileStamp?

    init(path: String, text: String, stamp: FileStamp? = nil) {
        self.path = path
        self.text = text
        self.stamp = stamp
    }
}

/// A file copied into the site unchanged (theme assets, editors' media).
struct CopiedFile: Sendable, Equatable {
    /// Path relative to the site folder, e.g. `theme/assets/style.css`.
    let source: String
    /// Where it is published.
    let sitePath: SitePath
    /// Its size and format, if it is an image (by its name: `.jpg`, `.png`, `.webp`, `.gif`, `.svg`).
    var image: ImageSize? = nil
}
