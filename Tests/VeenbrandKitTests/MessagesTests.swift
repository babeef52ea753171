import Foundation
import Testing

@testable import VeenbrandKit

#if canImport(Glibc)
    import Glibc
#endif

/// Messages that pointed at the wrong place or said too little.
@Suite struct MessagesTests {
    func errors(_ site: TestSite) -> [String] {
        do {
            try site.build()
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// `language: xx` pointed at `theme/i18n/xx.yaml`, a file that does not exist.
    @Test func aLanguageWithoutStringsIsBlamedOnItsSetting() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/site.yaml", "title: S\nbaseURL: https://example.org/\nlanguage: fy\n")
        #expect(
            errors(site) == [
                "content/site.yaml:3:11: there are no UI strings for language 'fy': add "
                    + "theme/i18n/fy.yaml, or use one of: en, nl"
            ])
    }

    /// A field written twice is reported at the second one.
    @Test func aDuplicateFieldIsReportedWhereItIsRepeated() {
        do {
            _ = try DocumentParser.parse(
                "---\ntitle: Een\ndate: 2021-01-01\ntitle: Twee\n---\n", path: "content/nieuws/a.md", kind: .articles,
                catalog: nil)
            Issue.record("parsed")
        } catch {
            #expect(error.errors.map(\.description) == ["content/nieuws/a.md:4:1: field 'title' appears twice"])
        }
    }

    /// A second build of the same output waits for the first, and says so.
    @Test func aBuildWaitingForAnotherSaysSo() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let lock = open(site.root.appendingPathComponent(".output.lock").path, O_RDWR)
        #expect(flock(lock, LOCK_EX) == 0)
        let notices = NoticeBox()
        let done = DispatchSemaphore(value: 0)
        let root = site.root
        Thread.detachNewThread {
            _ = try? Site.build(
                BuildOptions(source: root, publication: Publication(now: TestSite.now)),
                progress: BuildProgress({ _ in }, notice: { notices.add($0) }))
            done.signal()
        }
        var waited = 0
        while notices.all.isEmpty && waited < 200 {
            usleep(50_000)
            waited += 1
        }
        #expect(notices.all.first?.hasPrefix("waiting for another build of ") == true)
        flock(lock, LOCK_UN)
        close(lock)
        done.wait()
    }
}

final class NoticeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var notices: [String] = []
    func add(_ notice: String) { lock.withLock { notices.append(notice) } }
    var all: [String] { lock.withLock { notices } }
}
