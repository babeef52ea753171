import Foundation

/// What `SearchPages` found in each page, kept beside the output (`.output.searched`) for the
/// next index: a page whose file is still the same one (its inode, size and time of writing)
/// is not read again. An edit writes its pages anew and a build links the others, so at 10,000
/// articles one changed page is read instead of 14,000 (0.25 s).
///
/// Only a memo: one that cannot be read, or of another format, is as none.
struct SearchPagesMemo: Sendable {
    /// What makes a file the same one: not its change time, which a link alters.
    struct Stamp: Hashable, Sendable {
        let inode: UInt
        let size: Int
        let modified: Int

        /// The stamp of the file at `path`, or nil if there is none.
        static func of(_ path: String) -> Stamp? {
            FileStamp.of(path).map { Stamp(inode: $0.inode, size: $0.size, modified: $0.modified) }
        }
    }

    /// A page as it was read: its stamp, whether it marks its body for Pagefind, and the
    /// fingerprint of what Pagefind reads.
    struct Page: Sendable {
        let stamp: Stamp
        let marked: Bool
        let fingerprint: Fingerprint
    }

    /// By the page's path in the site.
    var pages: [String: Page] = [:]

    private static let header = "veenbrand search pages 2\n"

    /// The memo kept for the output `output`, if any. (Read byte by byte: at 14,000 pages a
    /// reading through `String` costs more than the pages it spares.)
    static func read(forOutput output: String) -> SearchPagesMemo {
        guard let data = FileManager.default.contents(atPath: location(forOutput: output)) else { return Self() }
        let bytes = [UInt8](data)
        guard bytes.starts(with: header.utf8) else { return Self() }
        var memo = Self()
        var position = header.utf8.count
        while position < bytes.count {
            var fields: [ArraySlice<UInt8>] = []
            while fields.count < 6, position <= bytes.count {
                var end = position
                while end < bytes.count, bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
                fields.append(bytes[position..<end])
                let last = end == bytes.count || bytes[end] == 0x0A
                position = end + 1
                if last { break }
            }
            guard fields.count == 6, let inode = number(fields[1], radix: 10).flatMap({ UInt(exactly: $0) }),
                let size = number(fields[2], radix: 10).flatMap({ Int(exactly: $0) }),
                let modified = signed(fields[3]), let fingerprint = number(fields[5], radix: 16),
                position <= bytes.count, bytes[position - 1] == 0x0A
            else { return Self() }
            memo.pages[String(decoding: fields[0], as: UTF8.self)] = Page(
                stamp: Stamp(inode: inode, size: size, modified: modified),
                marked: fields[4].elementsEqual("1".utf8), fingerprint: Fingerprint(value: fingerprint))
        }
        return memo
    }

    /// The whole number written in `digits` (a time before 1970 has a minus), if they are one.
    private static func signed(_ digits: ArraySlice<UInt8>) -> Int? {
        if digits.first == UInt8(ascii: "-") {
            return number(digits.dropFirst(), radix: 10).flatMap { Int(exactly: $0) }.map { -$0 }
        }
        return number(digits, radix: 10).flatMap { Int(exactly: $0) }
    }

    /// The number written in `digits`, if they are one.
    private static func number(_ digits: ArraySlice<UInt8>, radix: UInt64) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            let (times, overflow) = value.multipliedReportingOverflow(by: radix)
            guard !overflow else { return nil }
            let (sum, carry) = times.addingReportingOverflow(digit)
            guard !carry else { return nil }
            value = sum
        }
        return value
    }

    /// Keeps the memo for the output `output`; a memo that cannot be written is let go.
    func write(forOutput output: String) {
        var bytes = Array(Self.header.utf8)
        bytes.reserveCapacity(pages.count * 100)
        for (path, page) in pages.sorted(by: { $0.key < $1.key })
        where !path.utf8.contains(0x09) && !path.utf8.contains(0x0A) {
            let stamp = page.stamp
            bytes += path.utf8
            for field in [String(stamp.inode), String(stamp.size), String(stamp.modified), page.marked ? "1" : "0"] {
                bytes.append(0x09)
                bytes += field.utf8
            }
            bytes.append(0x09)
            bytes += String(page.fingerprint.value, radix: 16).utf8
            bytes.append(0x0A)
        }
        let location = Self.location(forOutput: output)
        if (try? FileOperations.replace(location, with: bytes)) == nil { unlink(location) }
    }

    static func location(forOutput output: String) -> String { OutputSibling.path("searched", beside: output) }
}
