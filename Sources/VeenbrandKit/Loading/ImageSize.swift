/// What the pages need to know of an image file: its size in pixels and its format.
struct ImageSize: Sendable, Hashable {
    let width: Int
    let height: Int
    /// `jpeg`, `png`, `webp`, `gif` or `svg`: what the file holds, whatever its name says.
    let format: String

    /// The file names taken for images.
    static let extensions: Set<String> = ["jpg", "jpeg", "png", "webp", "gif", "svg"]

    static func isImageName(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The media type of the file: `image/jpeg`, `image/svg+xml`…
    var mediaType: String { format == "svg" ? "image/svg+xml" : "image/\(format)" }

    /// Whether resized copies can be made of it (an SVG scales by itself).
    var isRaster: Bool { format != "svg" }

    /// The size and format of the image at `path` (relative to the site folder), read from its
    /// header; an error naming the file if it is no image libvips can read. A photo is also
    /// decoded (at a small scale, so it is quick): one that is cut off or damaged would stop
    /// the copies and share cards made of it, and is an error here, in `build` and `check` alike.
    static func read(_ path: String, in folder: SourceFolder) throws(BuildError) -> ImageSize {
        let file = folder.rootPath + "/" + path
        do throws(Vips.Failure) {
            let image = try Vips.load(file)
            let format = Vips.format(ofFile: file) ?? "other"
            guard ["jpeg", "png", "webp", "gif", "svg"].contains(format) else {
                throw Vips.Failure(message: "it holds a \(format) image; use JPEG, PNG, WebP, GIF or SVG")
            }
            if format != "svg" { try ResizedImage.probe(file) }
            return ImageSize(width: image.width, height: image.height, format: format)
        } catch {
            throw BuildError(path: path, "this image cannot be read: \(error.message)")
        }
    }
}
