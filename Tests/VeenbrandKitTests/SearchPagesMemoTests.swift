import Foundation
import Testing

@testable import VeenbrandKit

/// The search index reads again only the pages whose files are new since the last index.
@Suite struct SearchPagesMemoTests {
    func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/site/a", withIntermediateDirectories: true)
        return folder
    }

    @Test func aPageWhoseFileIsTheSameIsNotReadAgain() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        try "<p>vier</p>".write(toFile: site + "/a/index.html", atomically: false, encoding: .utf8)
        let first = SearchPages(site: site, files: ["a/index.html"])
        let read = try #require(first.memo.pages["a/index.html"])
        // A memo that says something else of the same file is believed: the file was not read.
        var told = first.memo
        told.pages["a/index.html"] = SearchPagesMemo.Page(
            stamp: read.stamp, marked: true, fingerprint: Fingerprint(value: 7))
        let trusted = SearchPages(site: site, files: ["a/index.html"], memo: told)
        #expect(trusted.memo.pages["a/index.html"]?.fingerprint == Fingerprint(value: 7))
        // A page written anew is read again, though its size is the same.
        try FileManager.default.removeItem(atPath: site + "/a/index.html")
        try "<p>twee</p>".write(toFile: site + "/a/index.html", atomically: true, encoding: .utf8)
        let again = SearchPages(site: site, files: ["a/index.html"], memo: told)
        #expect(again.memo.pages["a/index.html"]?.fingerprint != Fingerprint(value: 7))
        #expect(again.memo.pages["a/index.html"]?.fingerprint != read.fingerprint)
    }

    @Test func theMemoIsKeptBesideTheOutputAndABrokenOneIsNone() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/output"
        var memo = SearchPagesMemo()
        memo.pages["nieuws/a/index.html"] = SearchPagesMemo.Page(
            stamp: SearchPagesMemo.Stamp(inode: 12, size: 3400, modified: 1_765_000_000_123_456_789), marked: true,
            fingerprint: Fingerprint(value: 0xdead_beef))
        memo.pages["over/index.html"] = SearchPagesMemo.Page(
            stamp: SearchPagesMemo.Stamp(inode: 13, size: 10, modified: -1_000_000_001), marked: false,
            fingerprint: Fingerprint(value: 1))
        memo.write(forOutput: output)
        #expect(FileManager.default.fileExists(atPath: folder + "/.output.searched"))
        let back = SearchPagesMemo.read(forOutput: output)
        #expect(back.pages.count == 2)
        #expect(back.pages["nieuws/a/index.html"]?.stamp.modified == 1_765_000_000_123_456_789)
        #expect(back.pages["nieuws/a/index.html"]?.fingerprint == Fingerprint(value: 0xdead_beef))
        #expect(back.pages["over/index.html"]?.marked == false)
        #expect(back.pages["over/index.html"]?.stamp.modified == -1_000_000_001, "a time before 1970")
        let location = SearchPagesMemo.location(forOutput: output)
        let text = try String(contentsOfFile: location, encoding: .utf8)
        try (text + "kapot\n").write(toFile: location, atomically: true, encoding: .utf8)
        #expect(SearchPagesMemo.read(forOutput: output).pages.isEmpty)
        // A size no file has is a broken memo, not a crash.
        try text.replacingOccurrences(of: "\t3400\t", with: "\t18446744073709551615\t").write(
            toFile: location, atomically: true, encoding: .utf8)
        #expect(SearchPagesMemo.read(forOutput: output).pages.isEmpty, "out of range")
        try String(text.dropLast(1)).write(toFile: location, atomically: true, encoding: .utf8)
        #expect(SearchPagesMemo.read(forOutput: output).pages.isEmpty, "cut short")
        try text.replacingOccurrences(of: "pages 2", with: "pages 1").write(
            toFile: location, atomically: true, encoding: .utf8)
        #expect(SearchPagesMemo.read(forOutput: output).pages.isEmpty)
    }
}
