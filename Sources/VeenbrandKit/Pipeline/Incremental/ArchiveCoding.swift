/// The byte format of the build cache file: unsigned LEB128 numbers and length-prefixed UTF-8
/// strings, in an order both sides agree on. A reader that runs out of bytes or meets a
/// number out of range fails, and the cache is not used.
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func add(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Signed numbers are zig-zag encoded, so small negative ones stay short.
    mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

    mutating func add(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            add(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func add(_ text: String?) {
        add(text != nil)
        if let text { add(text) }
    }

    mutating func add(_ fingerprint: Fingerprint) { add(fingerprint.value) }

    /// Writes a part that can be read on its own (`ArchiveReader.part`): its length, then
    /// what `write` adds. The length is written as nine bytes (a number in LEB128 may take
    /// more bytes than it needs), filled in once the part is written.
    mutating func addPart(_ write: (inout ArchiveWriter) -> Void) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 9))
        write(&self)
        var length = UInt64(bytes.count - start - 9)
        for index in start..<(start + 9) {
            bytes[index] = UInt8(length & 0x7f) | (index < start + 8 ? 0x80 : 0)
            length >>= 7
        }
    }

    mutating func add(_ date: ContentDate) {
        for part in [date.year, date.month, date.day, date.hour, date.minute, date.second, date.offsetMinutes] {
            add(part)
        }
        add(date.hasTime)
    }

    mutating func add(_ stamp: FileStamp) {
        for part in [stamp.size, stamp.modified, stamp.changed] { add(part) }
        add(UInt64(stamp.inode))
    }
}

struct ArchiveReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func unsigned() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws(Malformed) -> Int {
        let raw = Int64(bitPattern: try unsigned())
        return Int((raw >> 1) ^ -(raw & 1))
    }

    /// A count of things to read next: never more than there are bytes left.
    mutating func count() throws(Malformed) -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - position) else { throw Malformed() }
        return Int(value)
    }

    mutating func bool() throws(Malformed) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Malformed() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { position += length }
        return bytes.withUnsafeBufferPointer { String(decoding: $0[position..<(position + length)], as: UTF8.self) }
    }

    mutating func optionalString() throws(Malformed) -> String? { try bool() ? try string() : nil }

    /// Passes over a part (`ArchiveWriter.addPart`).
    mutating func skipPart() throws(Malformed) { position += try count() }

    /// Reads a part (`ArchiveWriter.addPart`) with `read`, which must read it whole.
    mutating func part<T>(_ read: (inout ArchiveReader) throws(Malformed) -> T) throws(Malformed) -> T {
        let length = try count()
        let end = position + length
        let value = try read(&self)
        guard position == end else { throw Malformed() }
        return value
    }

    mutating func fingerprint() throws(Malformed) -> Fingerprint { Fingerprint(value: try unsigned()) }

    /// A slug: only a real one (a damaged cache cannot name a path outside a folder).
    mutating func slug() throws(Malformed) -> Slug {
        guard let slug = Slug(made: try string()) else { throw Malformed() }
        return slug
    }

    mutating func date() throws(Malformed) -> ContentDate {
        let parts = [try int(), try int(), try int(), try int(), try int(), try int(), try int()]
        guard
            let date = try? ContentDate(
                year: parts[0], month: parts[1], day: parts[2], hour: parts[3],
                minute: parts[4], second: parts[5], offsetMinutes: parts[6],
                hasTime: try bool())
        else { throw Malformed() }
        return date
    }

    mutating func stamp() throws(Malformed) -> FileStamp {
        FileStamp(size: try int(), modified: try int(), changed: try int(), inode: UInt(try unsigned()))
    }

    /// A path inside an output folder: the writer removes such files, so a damaged cache must
    /// not name one outside it. No part may be empty, "." or "..".
    mutating func outputPath() throws(Malformed) -> String {
        let path = try string()
        var partLength = 0
        var dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                guard partLength > 0, partLength != dots || dots > 2 else { throw Malformed() }
                (partLength, dots) = (0, 0)
            } else {
                if byte == UInt8(ascii: "."), dots == partLength { dots += 1 }
                partLength += 1
            }
        }
        guard partLength > 0, partLength != dots || dots > 2 else { throw Malformed() }
        return path
    }
}
