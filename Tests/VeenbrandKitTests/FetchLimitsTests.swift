import Foundation
import Testing

@testable import VeenbrandKit

/// What `check --published` and `check --external` fetch is bounded whatever the server does:
/// a wall-clock deadline per request (and for all of a sitemap index's sitemaps together), a
/// byte cap on a sitemap, no body at all for a link, and plain messages. The limits are short
/// here; the real ones are in `FetchLimits` and in docs/editing.md.
@Suite struct FetchLimitsTests {
    /// `body` timed, with the seconds it took.
    func timed<T>(_ body: () -> T) -> (T, TimeInterval) {
        let start = Date()
        let result = body()
        return (result, Date().timeIntervalSince(start))
    }

    static func reason(_ result: Result<Int, ReadFailure>) -> String? {
        if case .failure(let failure) = result { failure.reason } else { nil }
    }

    @Test func aSitemapThatNeverEndsIsCutOffAtItsByteCap() throws {
        let server = try LocalHTTPServer { _, _ in .endless }
        defer { server.stop() }
        let (published, seconds) = timed { PublishedSitemap.load(server.address + "/sitemap.xml", maxBytes: 4096) }
        #expect(
            published.problems.map(\.message) == [
                "the published sitemap could not be fetched: more than 4 KB: not a sitemap"
            ])
        #expect(seconds < 5)
    }

    @Test func aSitemapFileIsCutOffAtItsByteCapToo() {
        let published = PublishedSitemap.load("/dev/zero", maxBytes: 4096)
        #expect(
            published.problems.map(\.message) == [
                "the published sitemap could not be read: more than 4 KB: not a sitemap"
            ])
    }

    @Test func aServerThatNeverAnswersIsGivenUpOnAtTheDeadline() throws {
        let server = try LocalHTTPServer { _, path in path == "/drip.xml" ? .drip : .silent }
        defer { server.stop() }
        let (silent, silentSeconds) = timed { PublishedSitemap.load(server.address + "/sitemap.xml", timeout: 1) }
        #expect(
            silent.problems.map(\.message) == [
                "the published sitemap could not be fetched: no answer within 1 second"
            ])
        // The upper bounds leave room for a machine busy with other work: without a deadline these
        // requests would never end.
        #expect(silentSeconds > 0.9 && silentSeconds < 6)
        // A byte every tenth of a second: never idle, so only a wall-clock deadline ends it.
        let (drip, dripSeconds) = timed { PublishedSitemap.load(server.address + "/drip.xml", timeout: 1) }
        #expect(
            drip.problems.map(\.message) == [
                "the published sitemap could not be fetched: the answer did not end within 1 second"
            ])
        #expect(dripSeconds > 0.9 && dripSeconds < 6)
    }

    @Test func theSitemapsOfAnIndexShareOneDeadline() throws {
        let index = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            \((1...6).map { "<sitemap><loc>SERVER/stil-\($0).xml</loc></sitemap>" }.joined(separator: "\n"))
            </sitemapindex>
            """
        let server = try LocalHTTPServer { _, path in path == "/sitemap.xml" ? .status(200, body: index) : .silent }
        defer { server.stop() }
        let (published, seconds) = timed {
            PublishedSitemap.load(server.address + "/sitemap.xml", timeout: 1, indexTimeout: 2.5)
        }
        let late = "the published sitemap could not be fetched: no answer within 1 second"
        // Two sitemaps fit in 2.5 seconds, one on a busy machine; the rest are not read.
        let messages = published.problems.map(\.message)
        let read = messages.filter { $0 == late }.count
        #expect((1...2).contains(read), "\(messages)")
        #expect(
            messages.dropFirst(read) == [
                "\(6 - read) sitemaps of the index not read: together they may take 2.5 seconds, and that time is up"
            ])
        #expect(seconds > 2.4 && seconds < 8, "six silent sitemaps of 1 second each, 2.5 seconds together")
    }

    @Test func aLinkIsAskedOnlyForItsStatusNeverItsBody() throws {
        let server = try LocalHTTPServer { method, path in
            switch (method, path) {
            case ("HEAD", _): .status(405)
            case (_, "/stil/"): .silent
            default: .endless
            }
        }
        defer { server.stop() }
        let (status, seconds) = timed { HTTPFetch.status(URL(string: server.address + "/groot/")!, timeout: 5) }
        #expect(try status.get() == 200)
        #expect(seconds < 2)
        #expect(server.sent < 64 * 1024 * 1024)
        let (silent, silentSeconds) = timed { HTTPFetch.status(URL(string: server.address + "/stil/")!, timeout: 1) }
        #expect(Self.reason(silent) == "no answer within 1 second")
        #expect(silentSeconds > 0.9 && silentSeconds < 6)
        let closed = HTTPFetch.status(URL(string: "http://127.0.0.1:9/")!, timeout: 5)
        #expect(Self.reason(closed) == "cannot connect: the connection was refused")
    }
}

/// The limits docs/editing.md states are the ones in `FetchLimits`.
@Suite struct FetchLimitsDocsTests {
    @Test func theDocumentedLimitsAreTheOnesInTheCode() throws {
        let docs = try String(contentsOf: DocsTablesTests.docs.appendingPathComponent("editing.md"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for limit in [
            "\(FetchLimits.describe(seconds: FetchLimits.sitemapSeconds)) by the clock",
            "at most \(FetchLimits.describe(bytes: FetchLimits.sitemapBytes))",
            "\(FetchLimits.describe(seconds: FetchLimits.sitemapIndexSeconds)) all together",
            "at most \(FetchLimits.sitemapCount) sitemaps",
            "each address gets \(FetchLimits.describe(seconds: FetchLimits.linkSeconds)) by the clock",
        ] {
            #expect(docs.contains(limit), "docs/editing.md does not say \(limit)")
        }
    }
}
