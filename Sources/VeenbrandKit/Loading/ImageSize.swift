import Synchronization

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
    /// header; an error naming the file if it is no image libvips can read, or a photo of more
    /// than `maxPixels` pixels. A photo is also decoded (at a small scale, so it is quick): one
    /// that is cut off or damaged would stop the copies and share cards made of it, and is an
    /// error here, in `build` and `check` alike.
    static func read(_ path: String, in folder: SourceFolder, maxPixels: Int) throws(BuildError) -> ImageSize {
        // One at a time: libvips keeps one error buffer for the whole process, and a picture's
        // error must be its own, whatever else reads pictures meanwhile (a build reads them in turn).
        try reading.withLock { _ throws(BuildError) in try measure(path, in: folder, maxPixels: maxPixels) }
    }

    private static let reading = Mutex(())

    private static func measure(_ path: String, in folder: SourceFolder, maxPixels: Int) throws(BuildError)
        -> ImageSize
    {
        let file = folder.rootPath + "/" + path
        let size: ImageSize
        do throws(Vips.Failure) {
            let image = try Vips.load(file)
            size = ImageSize(width: image.width, height: image.height, format: Vips.format(ofFile: file) ?? "other")
            guard ["jpeg", "png", "webp", "gif", "svg"].contains(size.format) else {
                throw Vips.Failure(message: "it holds a \(size.format) image; use JPEG, PNG, WebP, GIF or SVG")
            }
        } catch {
            throw unreadable(path, error, otherwise: "it is no picture or is damaged")
        }
        let pixels = size.width.multipliedReportingOverflow(by: size.height)
        if size.isRaster, pixels.overflow || pixels.partialValue > maxPixels {
            throw BuildError(
                path: path,
                "this picture is \(size.width) × \(size.height) pixels, more than the \(megapixels(maxPixels)) "
                    + "megapixels a build opens: make it smaller (the site's widest copy is "
                    + "\(SiteImages.copyWidths.max() ?? 0) pixels), or raise the limit with --max-megapixels")
        }
        if size.isRaster {
            do throws(Vips.Failure) { try ResizedImage.probe(file) } catch {
                throw unreadable(path, error, otherwise: "it is damaged or cut short")
            }
        }
        return size
    }

    /// The error for a picture that cannot be read, in our own `words` when libvips' report was
    /// all there was (`Vips.Failure.reason`).
    private static func unreadable(_ path: String, _ failure: Vips.Failure, otherwise words: String) -> BuildError {
        BuildError(path: path, "this image cannot be read: \(failure.reason(otherwise: words))")
    }

    /// `50`, or `12.5`: pixels as megapixels.
    static func megapixels(_ pixels: Int) -> String {
        pixels % 1_000_000 == 0 ? "\(pixels / 1_000_000)" : String(format: "%.1f", Double(pixels) / 1_000_000)
    }
}
