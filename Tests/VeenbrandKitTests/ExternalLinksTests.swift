import Foundation
import Testing

@testable import VeenbrandKit

/// `check --external` asks a real (local) server: a link that answers is fine, one that answers
/// 404 or does not answer is a warning at its position, and answers are kept for a day.
@Suite struct ExternalLinksTests {
    @Test func failingLinksAreWarningsAtTheirPositionsAndAnswersAreKept() throws {
        let binary = InterruptedBuildTests.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the veenbrand product first")
        let live = try TestSite(fixture: "sites/basic")
        defer { live.cleanUp() }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--source", live.root.path, "--port", "0", "--now", "2026-01-01"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        var text = ""
        while !text.contains("Serving the preview at") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let address = try #require(text.firstRange(of: /http:\/\/127\.0\.0\.1:\d+\//).map { String(text[$0]) })

        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write(
            "content/nieuws/extern.md",
            """
            ---
            title: Extern
            date: 2020-05-01
            themes: [Doe je mee?]
            summary: Links naar buiten.
            ---

            [De thuispagina](\(address)) en [een oude pagina](\(address)bestaat-niet/).
            [Een gesloten poort](http://127.0.0.1:9/).

            """)
        let cache = site.root.appendingPathComponent("cache/external.json")
        func warnings(_ now: Date) -> [String] {
            SiteChecker.check(
                source: site.root, publication: Publication(now: TestSite.now),
                external: ExternalLinks(timeout: 5, cache: cache, now: now)
            ).diagnostics.filter { $0.file == "content/nieuws/extern.md" && $0.message.hasPrefix("the link to") }
                .map { "\($0.line):\($0.column): \($0.message.prefix(while: { $0 != "(" }))" }
        }
        let expected = [
            "8:\("[De thuispagina](\(address)) en ".count + 1): the link to '\(address)bestaat-niet/' answered 404 ",
            "9:1: the link to 'http://127.0.0.1:9/' did not answer: ",
        ]
        let now = Date()
        #expect(warnings(now).count == 2)
        #expect(warnings(now).first == expected[0])
        #expect(warnings(now).last?.hasPrefix(expected[1]) == true)
        process.terminate()
        process.waitUntilExit()
        // The server is gone: the kept answers still say the same within a day.
        #expect(warnings(now.addingTimeInterval(3600)).first == expected[0])
        // A day later they are asked again, and now the home page does not answer either.
        #expect(warnings(now.addingTimeInterval(25 * 3600)).count == 3)
    }
}
