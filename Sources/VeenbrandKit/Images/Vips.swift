#if canImport(Glibc)
    import Glibc
#endif

/// libvips, the image library: every call into it is in this file. Its operations are run by
/// name through its generic interface (the C convenience functions take variable arguments,
/// which Swift cannot call); each result is an `Image` or the bytes of an encoded file. The
/// library is opened when a picture is first needed (see `LibVips`).
enum Vips {
    /// An image libvips made or read; it is evaluated when encoded, in parallel by libvips.
    final class Image: @unchecked Sendable {
        fileprivate let pointer: UnsafeMutableRawPointer

        fileprivate init(_ pointer: UnsafeMutableRawPointer) { self.pointer = pointer }
        deinit { Vips.api.objectUnref(pointer) }

        var width: Int { Int(Vips.api.imageGetWidth(pointer)) }
        var height: Int { Int(Vips.api.imageGetHeight(pointer)) }
        var bands: Int { Int(Vips.api.imageGetBands(pointer)) }
    }

    /// What libvips said when an operation failed.
    struct Failure: Error, Sendable {
        let message: String
        /// Whether `message` is libvips' own, from an error buffer every thread shares.
        var isLibvipsReport = false
    }

    /// An argument of an operation.
    enum Argument {
        case int(Int)
        case bool(Bool)
        case string(String)
        case image(Image)
        case bytes([UInt8])
        /// An enumeration's or any other value as libvips reads it from a command line: "centre".
        case named(String)
    }

    /// libvips started once, with its operation cache off (every image is made once) and
    /// without the pixel-buffer cache limits a long-running program would want.
    private static let started: Bool = {
        guard let lib, lib.initialize("veenbrand") == 0 else { return false }
        lib.cacheSetMax(0)
        // Warnings ("error in tile 0 x 48") off the terminal: the error buffer says what went wrong.
        _ = lib.logSetHandler("VIPS", LibVips.quietLevels, { _, _, _, _ in }, nil)
        return true
    }()

    /// libvips' functions, loaded when an image is first asked for (see `LibVips`): Debian's
    /// `libvips.so.42`, or the library `$VEENBRAND_LIBVIPS` names.
    private static let lib = LibVips(getenv("VEENBRAND_LIBVIPS").map { String(cString: $0) } ?? "libvips.so.42")

    /// Why no picture can be made when libvips cannot be loaded or started.
    static let missing = "libvips could not be loaded: install it (on Debian: apt-get install libvips42)"

    /// libvips' functions, once `started` said they are there.
    private static var api: LibVips { lib! }

    /// The format libvips reads the file at `path` as, by its contents: `jpeg`, `png`, `webp`,
    /// `gif`, `svg`, or nil if it is no image libvips knows.
    static func format(ofFile path: String) -> String? {
        guard let loader = loader(forFile: path)?.lowercased() else { return nil }
        return ["jpeg", "png", "webp", "gif", "svg", "tiff", "heif"].first { loader.contains($0) } ?? "other"
    }

    /// The loader libvips picks for the file at `path` (`VipsForeignLoadJpegFile`…), or nil.
    private static func loader(forFile path: String) -> String? {
        guard started else { return nil }
        guard let name = api.foreignFindLoad(path) else {
            api.errorClear()
            return nil
        }
        return String(cString: name)
    }

    /// The image in the file at `path`, its header read (pixels are decoded when used).
    static func load(_ path: String) throws(Failure) -> Image {
        guard started else { throw Failure(message: missing) }
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
        var value = LibVips.emptyValue
        api.valueInit(&value, api.imageGetType())
        defer { api.valueUnset(&value) }
        api.objectGetProperty(operation, output, &value)
        guard let raw = api.valueGetObject(&value) else { throw Failure(message: "\(name) made no image") }
        api.objectRef(raw)
        return Image(raw)
    }

    /// Runs the saving operation `name` (`pngsave_buffer`…) on `image` and returns the file's bytes.
    static func encode(_ image: Image, _ name: String, _ arguments: [String: Argument] = [:]) throws(Failure)
        -> [UInt8]
    {
        var all = arguments
        all["in"] = .image(image)
        let operation = try run(name, all)
        defer { release(operation) }
        var value = LibVips.emptyValue
        api.valueInit(&value, api.blobGetType())
        defer { api.valueUnset(&value) }
        api.objectGetProperty(operation, "buffer", &value)
        guard let area = api.valueGetBoxed(&value) else {
            throw Failure(message: "\(name) wrote nothing")
        }
        var length = 0
        guard let data = api.areaGetData(area, &length, nil, nil, nil) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: length))
    }

    /// The pixels of `image`, computed now: its bytes, band by band for each pixel.
    static func pixels(_ image: Image) throws(Failure) -> [UInt8] {
        var size = 0
        guard let data = api.imageWriteToMemory(image.pointer, &size) else { throw takeError() }
        defer { api.free(data) }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: size))
    }

    /// An image of 8-bit `pixels` (as `pixels(_:)` gives them), `bands` per pixel.
    static func image(pixels: [UInt8], width: Int, height: Int, bands: Int) throws(Failure) -> Image {
        guard started else { throw Failure(message: missing) }
        guard pixels.count == width * height * bands else { throw Failure(message: "wrong pixel count") }
        let made = pixels.withUnsafeBytes {
            api.imageNewFromMemoryCopy(
                $0.baseAddress, $0.count, Int32(width), Int32(height), Int32(bands), LibVips.formatUChar)
        }
        guard let made else { throw takeError() }
        return Image(made)
    }

    private static func release(_ operation: UnsafeMutableRawPointer) {
        api.objectUnrefOutputs(operation)
        api.objectUnref(operation)
    }

    /// The message libvips left, cleared.
    private static func takeError() -> Failure {
        let message = String(cString: api.errorBuffer()).split(separator: "\n").first.map(String.init)
        api.errorClear()
        return Failure(message: message ?? "libvips failed", isLibvipsReport: true)
    }

    private static func run(_ name: String, _ arguments: [String: Argument]) throws(Failure)
        -> UnsafeMutableRawPointer
    {
        guard started else { throw Failure(message: missing) }
        guard let made = api.operationNew(name) else { throw takeError() }
        let operation = made
        for (key, argument) in arguments.sorted(by: { $0.key < $1.key }) {
            guard set(key, argument, on: operation) else {
                api.objectUnref(operation)
                throw takeError()
            }
        }
        var built: UnsafeMutableRawPointer? = operation
        guard api.cacheOperationBuildp(&built) == 0, let built else {
            let failure = takeError()
            release(operation)
            throw failure
        }
        return built
    }

    private static func set(_ key: String, _ argument: Argument, on operation: UnsafeMutableRawPointer)
        -> Bool
    {
        var value = LibVips.emptyValue
        switch argument {
        case .named(let text):
            return api.objectSetArgumentFromString(operation, key, text) == 0
        case .int(let number):
            api.valueInit(&value, api.typeFromName("gint"))
            api.valueSetInt(&value, Int32(number))
        case .bool(let flag):
            api.valueInit(&value, api.typeFromName("gboolean"))
            api.valueSetBoolean(&value, flag ? 1 : 0)
        case .string(let text):
            api.valueInit(&value, api.typeFromName("gchararray"))
            api.valueSetString(&value, text)
        case .image(let image):
            api.valueInit(&value, api.imageGetType())
            api.valueSetObject(&value, image.pointer)
        case .bytes(let bytes):
            let blob = bytes.withUnsafeBytes { api.blobCopy($0.baseAddress, $0.count) }
            api.valueInit(&value, api.blobGetType())
            api.valueSetBoxed(&value, blob)
            if let blob { api.areaUnref(blob) }
        }
        api.objectSetProperty(operation, key, &value)
        api.valueUnset(&value)
        return true
    }
}

/// libvips' functions, found in the library when first needed. Linked in the usual way,
/// libvips and the hundred libraries it depends on would be loaded, and their symbols bound, at
/// the start of every run: 40 ms of a run that makes no picture, like a build with nothing to
/// do. Its objects are handled as opaque pointers; a GValue is three zeroed words.
private struct LibVips: @unchecked Sendable {
    typealias Pointer = UnsafeMutableRawPointer?
    typealias Text = UnsafePointer<CChar>?
    /// A GValue: its type and two words of data, zeroed before `g_value_init`.
    typealias Value = (UInt, UInt64, UInt64)
    typealias GType = UInt

    static let emptyValue: Value = (0, 0, 0)
    /// `VIPS_FORMAT_UCHAR`, 8 bits per band.
    static let formatUChar: Int32 = 0

    let initialize: @convention(c) (Text) -> Int32
    let cacheSetMax: @convention(c) (Int32) -> Void
    let foreignFindLoad: @convention(c) (Text) -> Text
    let errorBuffer: @convention(c) () -> UnsafePointer<CChar>
    let errorClear: @convention(c) () -> Void
    let operationNew: @convention(c) (Text) -> Pointer
    let cacheOperationBuildp: @convention(c) (UnsafeMutablePointer<Pointer>) -> Int32
    let objectSetArgumentFromString: @convention(c) (Pointer, Text, Text) -> Int32
    let objectUnrefOutputs, areaUnref, free, objectUnref, valueUnset: @convention(c) (Pointer) -> Void
    let imageGetType, blobGetType: @convention(c) () -> GType
    let imageGetWidth, imageGetHeight, imageGetBands: @convention(c) (Pointer) -> Int32
    let imageWriteToMemory: @convention(c) (Pointer, UnsafeMutablePointer<Int>) -> Pointer
    let imageNewFromMemoryCopy: @convention(c) (UnsafeRawPointer?, Int, Int32, Int32, Int32, Int32) -> Pointer
    let blobCopy: @convention(c) (UnsafeRawPointer?, Int) -> Pointer
    let areaGetData: @convention(c) (Pointer, UnsafeMutablePointer<Int>, Pointer, Pointer, Pointer) -> Pointer
    let objectRef, valueGetObject, valueGetBoxed: @convention(c) (Pointer) -> Pointer
    let objectGetProperty: @convention(c) (Pointer, Text, Pointer) -> Void
    let objectSetProperty: @convention(c) (Pointer, Text, Pointer) -> Void
    let typeFromName: @convention(c) (Text) -> GType
    let valueInit: @convention(c) (Pointer, GType) -> Pointer
    let valueSetInt: @convention(c) (Pointer, Int32) -> Void
    let valueSetBoolean: @convention(c) (Pointer, Int32) -> Void
    let valueSetString: @convention(c) (Pointer, Text) -> Void
    let valueSetObject: @convention(c) (Pointer, Pointer) -> Void
    let valueSetBoxed: @convention(c) (Pointer, Pointer) -> Void
    let logSetHandler: @convention(c) (Text, UInt32, LogHandler, Pointer) -> UInt32

    /// A GLib log handler: domain, level, message, user data.
    typealias LogHandler = @convention(c) (Text, UInt32, Text, Pointer) -> Void
    /// GLib's warning, message, info and debug levels.
    static let quietLevels: UInt32 = (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7)

    /// nil if libvips (Debian's libvips42) cannot be loaded or lacks a function.
    init?(_ library: String) {
        guard let handle = dlopen(library, RTLD_NOW | RTLD_GLOBAL) else { return nil }
        var missing = false
        func function<F>(_ name: String) -> F {
            guard let symbol = dlsym(handle, name) else {
                missing = true
                return unsafeBitCast(dlsym(handle, "vips_error_clear"), to: F.self)
            }
            return unsafeBitCast(symbol, to: F.self)
        }
        initialize = function("vips_init")
        cacheSetMax = function("vips_cache_set_max")
        foreignFindLoad = function("vips_foreign_find_load")
        errorBuffer = function("vips_error_buffer")
        errorClear = function("vips_error_clear")
        operationNew = function("vips_operation_new")
        cacheOperationBuildp = function("vips_cache_operation_buildp")
        objectSetArgumentFromString = function("vips_object_set_argument_from_string")
        objectUnrefOutputs = function("vips_object_unref_outputs")
        imageGetType = function("vips_image_get_type")
        blobGetType = function("vips_blob_get_type")
        imageGetWidth = function("vips_image_get_width")
        imageGetHeight = function("vips_image_get_height")
        imageGetBands = function("vips_image_get_bands")
        imageWriteToMemory = function("vips_image_write_to_memory")
        imageNewFromMemoryCopy = function("vips_image_new_from_memory_copy")
        blobCopy = function("vips_blob_copy")
        areaGetData = function("vips_area_get_data")
        areaUnref = function("vips_area_unref")
        free = function("g_free")
        objectRef = function("g_object_ref")
        objectUnref = function("g_object_unref")
        objectGetProperty = function("g_object_get_property")
        objectSetProperty = function("g_object_set_property")
        typeFromName = function("g_type_from_name")
        valueInit = function("g_value_init")
        valueUnset = function("g_value_unset")
        valueGetObject = function("g_value_get_object")
        valueGetBoxed = function("g_value_get_boxed")
        valueSetInt = function("g_value_set_int")
        valueSetBoolean = function("g_value_set_boolean")
        valueSetString = function("g_value_set_string")
        valueSetObject = function("g_value_set_object")
        valueSetBoxed = function("g_value_set_boxed")
        logSetHandler = function("g_log_set_handler")
        if missing { return nil }
    }
}
