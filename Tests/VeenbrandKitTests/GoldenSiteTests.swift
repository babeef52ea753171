import Foundation
import Testing

@testable import VeenbrandKit

/// Builds each fixture site under Tests/Fixtures/sites and compares the whole output tree with
/// its `expected/` folder. Re-record with `VEENBRAND_RECORD=1 swift test`.
@Suite struct GoldenSiteTests {
    static let record = ProcessInfo.processInfo.environment["VEENBRAND_RECORD"] == "1"

    @Test(arguments: ["basic", "prefixed", "paths"])
    func outputMatchesExpectedTree(fixture: String) throws {
        let site = try TestSite(fixture: "sites/\(fixture)")
        defer { site.cleanUp() }
        try site.build()
        let expectedFolder = TestSite.fixtures.appendingPathComponent("sites/\(fixture)/expected")
        let actual = TestSite.tree(at: site.output)

        if Self.record {
            try? FileManager.default.removeItem(at: expectedFolder)
            try FileManager.default.copyItem(at: site.output, to: expectedFolder)
            return
        }
        let expected = TestSite.tree(at: expectedFolder)
        #expect(!expected.isEmpty, "no expected tree: record one with VEENBRAND_RECORD=1 swift test")
        let missing = Set(expected.keys).subtracting(actual.keys).sorted()
        let extra = Set(actual.keys).subtracting(expected.keys).sorted()
        #expect(missing.isEmpty, "files not built: \(missing)")
        #expect(extra.isEmpty, "files not expected: \(extra)")
        // Pictures are compared by format and size: their bytes depend on the fonts and libvips
        // of the machine (that they are the same from build to build is tested below).
        for path in Set(expected.keys).intersection(actual.keys).sorted() where Self.isPicture(path) {
            let (old, new) = (try Self.describe(expected[path]!), try Self.describe(actual[path]!))
            #expect(old == new, "\(path) differs from expected")
        }
        for path in Set(expected.keys).intersection(actual.keys).sorted()
        where expected[path] != actual[path] && !Self.isPicture(path) {
            Issue.record(
                "\(path) differs from expected:\n\(TextDiff.describe(expected: expected[path]!, actual: actual[path]!))"
            )
        }
    }

    static func isPicture(_ path: String) -> Bool {
        [".png", ".jpg", ".webp"].contains { path.hasSuffix($0) } && !path.hasPrefix("media/foto.jpg")
    }

    /// `jpeg 1200×630`.
    static func describe(_ data: Data) throws -> String {
        let picture = try TestSite.picture(data)
        return "\(picture.format) \(picture.width)×\(picture.height)"
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let first = TestSite.tree(at: site.output)
        try site.build()
        #expect(TestSite.tree(at: site.output) == first)
    }
}

/// A readable line diff of the first differences between two texts.
enum TextDiff {
    static func describe(expected: Data, actual: Data, context: Int = 2, limit: Int = 8) -> String {
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        var lines: [String] = []
        var shown = 0
        for index in 0..<max(old.count, new.count) where shown < limit {
            let left = index < old.count ? old[index] : nil
            let right = index < new.count ? new[index] : nil
            guard left != right else { continue }
            shown += 1
            lines.append("@@ line \(index + 1)")
            if let left { lines.append("- \(left)") }
            if let right { lines.append("+ \(right)") }
        }
        if shown == limit { lines.append("… more differences") }
        return lines.joined(separator: "\n")
    }
}
