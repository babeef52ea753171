import Foundation
import Testing
@testable import VeenbrandKit

/// Each folder under Tests/Fixtures/invalid is a broken site (its files laid over `_shared`).
/// Building it must fail with exactly the errors in its `expected-errors.txt`, all in one run,
/// and leave the previous output byte for byte as it was.
/// Re-record the texts with `VEENBRAND_RECORD=1 swift test`.
@Suite struct InvalidSiteTests {
    static let folder = TestSite.fixtures.appendingPathComponent("invalid")
    static let fixtures = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()

    @Test func everyFixtureIsFound() {
        #expect(Self.fixtures.count >= 7)
    }

    @Test(arguments: fixtures)
    func reportsExpectedErrorsAndKeepsOutput(fixture: String) throws {
        let site = try TestSite(fixture: "invalid/_shared")
        defer { site.cleanUp() }
        try overlay(Self.folder.appendingPathComponent("\(fixture)/content"), onto: site.root.appendingPathComponent("content"))
        try site.write("output/index.html", "previous build\n")
        try site.write("output/nieuws/oud/index.html", "old article\n")
        let before = TestSite.tree(at: site.output)

        let errors: String
        do {
            try site.build()
            Issue.record("\(fixture): the build succeeded")
            return
        } catch {
            errors = error.description + "\n"
        }
        #expect(TestSite.tree(at: site.output) == before, "\(fixture): the previous output changed")

        let expectedFile = Self.folder.appendingPathComponent("\(fixture)/expected-errors.txt")
        if GoldenSiteTests.record {
            try Data(errors.utf8).write(to: expectedFile)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(errors == expected, "\(fixture) errors:\n\(TextDiff.describe(expected: Data(expected.utf8), actual: Data(errors.utf8)))")
    }

    private func overlay(_ source: URL, onto target: URL) throws {
        let fileManager = FileManager.default
        for path in TestSite.tree(at: source).keys {
            let destination = target.appendingPathComponent(path)
            try fileManager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fileManager.removeItem(at: destination)
            try fileManager.copyItem(at: source.appendingPathComponent(path), to: destination)
        }
    }
}
