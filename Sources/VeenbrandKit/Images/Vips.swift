import CVips

/// libvips, the image library: every call into it is in this file. Its operations are run by
/// name through its generic interface (the C convenience functions take variable arguments,
/// which Swift cannot call); each result is an `Image` or the bytes of an encoded file.
enum Vips {
    /// An image libvips made or read; it is evaluated when encoded, in parallel by libvips.
    final class Image: @unchecked Sendable {
        fileprivate let pointer: UnsafeMutablePointer<VipsImage>

        fileprivate init(_ pointer: UnsafeMutablePointer<VipsImage>) { self.pointer = pointer }
        deinit { g_object_unref(pointer) }

        var width: Int { Int(vips_image_get_width(pointer)) }
        var height: Int { Int(vips_image_get_height(pointer)) }
        var bands: Int { Int(vips_image_get_bands(pointer)) }
    }

    /// What libvips said when an operation failed.
    struct Failure: Error, Sendable {
        let message: String
    }

    /// An argument of an operation.
    enum Argument {
        case int(Int)
        case bool(Bool)
        case string(String)
        /// An enumeration's or any other value as libvips reads it from a command line: "centre".
        case named(String)
        case image(Image)
        case bytes([UInt8])
    }

    /// libvips started once, with its operation cache off (every image is made once) and
    /// without the pixel-buffer cache limits a long-running program would want.
    private static let started: Bool = {
        guard vips_init("veenbrand") == 0 else { return false }
        vips_cache_set_max(0)
        return true
    }()

    /// The format libvips reads the file at `path` as, by its contents: `jpeg`, `png`, `webp`,
    /// `gif`, `svg`, or nil if it is no image libvips knows.
    static func format(ofFile path: String) -> String? {
        guard let loader = loader(forFile: path)?.lowercased() else { return nil }
        return ["jpeg", "png", "webp", "gif", "svg", "tiff", "heif"].first { loader.contains($0) } ?? "other"
    }

    /// The loader libvips picks for the file at `path` (`VipsForeignLoadJpegFile`…), or nil.
    private static func loader(forFile path: String) -> String? {
        guard started, let name = vips_foreign_find_load(path) else {
            vips_error_clear()
            return nil
        }
        return String(cString: name)
    }

    /// The image in the file at `path`, its header read (pixels are decoded when used).
    static func load(_ path: String) throws(Failure) -> Image {
        guard let loader = loader(forFile: path) else {
            throw Failure(message: "not an image libvips can read")
        }
        return try image(loader, ["filename": .string(path), "fail-on": .named("error")])
    }

    /// Runs the operation `name` with `arguments` and returns its image output `out`.
    static func image(_ name: String, _ arguments: [String: Argument], output: String = "out") throws(Failure)
        -> Image
    {
        let operation = try run(name, arguments)
        defer { release(operation) }
        var value = GValue()
        g_value_init(&value, vips_image_get_type())
        defer { g_value_unset(&value) }
        g_object_get_property(object(operation), output, &value)
        guard let raw = g_value_get_object(&value) else { throw Failure(message: "\(name) made no image") }
        g_object_ref(raw)
        return Image(raw.assumingMemoryBound(to: VipsImage.self))
    }

    /// Runs the saving operation `name` (`pngsave_buffer`…) on `image` and returns the file's bytes.
    static func encode(_ image: Image, _ name: String, _ arguments: [String: Argument] = [:]) throws(Failure)
        -> [UInt8]
    {
        var all = arguments
        all["in"] = .image(image)
        let operation = try run(name, all)
        defer { release(operation) }
        var value = GValue()
        g_value_init(&value, vips_blob_get_type())
        defer { g_value_unset(&value) }
        g_object_get_property(object(operation), "buffer", &value)
        guard let area = g_value_get_boxed(&value)?.assumingMemoryBound(to: VipsArea.self) else {
            throw Failure(message: "\(name) wrote nothing")
        }
        var length = 0
        guard let data = vips_area_get_data(area, &length, nil, nil, nil) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: length))
    }

    /// The pixels of `image`, computed now: its bytes, band by band for each pixel.
    static func pixels(_ image: Image) throws(Failure) -> [UInt8] {
        var size = 0
        guard let data = vips_image_write_to_memory(image.pointer, &size) else { throw Failure(message: takeError()) }
        defer { g_free(data) }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    }

    /// An image of 8-bit `pixels` (as `pixels(_:)` gives them), `bands` per pixel.
    static func image(pixels: [UInt8], width: Int, height: Int, bands: Int) throws(Failure) -> Image {
        guard started, pixels.count == width * height * bands else { throw Failure(message: "wrong pixel count") }
        let made = pixels.withUnsafeBytes {
            vips_image_new_from_memory_copy(
                $0.baseAddress, $0.count, gint(width), gint(height), gint(bands), VIPS_FORMAT_UCHAR)
        }
        guard let made else { throw Failure(message: takeError()) }
        return Image(made)
    }

    private static func object(_ operation: UnsafeMutablePointer<VipsOperation>) -> UnsafeMutablePointer<GObject> {
        UnsafeMutableRawPointer(operation).assumingMemoryBound(to: GObject.self)
    }

    private static func vipsObject(_ operation: UnsafeMutablePointer<VipsOperation>)
        -> UnsafeMutablePointer<VipsObject>
    {
        UnsafeMutableRawPointer(operation).assumingMemoryBound(to: VipsObject.self)
    }

    private static func release(_ operation: UnsafeMutablePointer<VipsOperation>) {
        vips_object_unref_outputs(vipsObject(operation))
        g_object_unref(operation)
    }

    /// The message libvips left, cleared.
    private static func takeError() -> String {
        let message = String(cString: vips_error_buffer()).split(separator: "\n").first.map(String.init)
        vips_error_clear()
        return message ?? "libvips failed"
    }

    private static func run(_ name: String, _ arguments: [String: Argument]) throws(Failure)
        -> UnsafeMutablePointer<VipsOperation>
    {
        guard started else { throw Failure(message: "libvips could not start") }
        guard let made = vips_operation_new(name) else { throw Failure(message: takeError()) }
        let operation = made
        for (key, argument) in arguments.sorted(by: { $0.key < $1.key }) {
            guard set(key, argument, on: operation) else {
                g_object_unref(operation)
                throw Failure(message: takeError())
            }
        }
        var built: UnsafeMutablePointer<VipsOperation>? = operation
        guard vips_cache_operation_buildp(&built) == 0, let built else {
            let message = takeError()
            release(operation)
            throw Failure(message: message)
        }
        return built
    }

    private static func set(_ key: String, _ argument: Argument, on operation: UnsafeMutablePointer<VipsOperation>)
        -> Bool
    {
        var value = GValue()
        switch argument {
        case .named(let text):
            return vips_object_set_argument_from_string(vipsObject(operation), key, text) == 0
        case .int(let number):
            g_value_init(&value, g_type_from_name("gint"))
            g_value_set_int(&value, gint(number))
        case .bool(let flag):
            g_value_init(&value, g_type_from_name("gboolean"))
            g_value_set_boolean(&value, flag ? 1 : 0)
        case .string(let text):
            g_value_init(&value, g_type_from_name("gchararray"))
            g_value_set_string(&value, text)
        case .image(let image):
            g_value_init(&value, vips_image_get_type())
            g_value_set_object(&value, image.pointer)
        case .bytes(let bytes):
            let blob = bytes.withUnsafeBytes { vips_blob_copy($0.baseAddress, $0.count) }
            g_value_init(&value, vips_blob_get_type())
            g_value_set_boxed(&value, blob)
            if let blob { vips_area_unref(UnsafeMutableRawPointer(blob).assumingMemoryBound(to: VipsArea.self)) }
        }
        g_object_set_property(object(operation), key, &value)
        g_value_unset(&value)
        return true
    }
}
