import Foundation
import Testing

@testable import VeenbrandKit

/// With future articles published (`--future`, as the preview may), an article dated after
/// "now" shows as scheduled ("Gepland") on its page and in every list that shows it, until
/// its day comes: time passing alone changes those pages, and a rebuild must make each again.
@Suite struct ScheduledRebuildTests {
    @Test(arguments: [false, true])
    func timePassingGivesWhatAFullBuildGives(kept: Bool) throws {
        let session = try IncrementalBuildTests.Session(kept: kept, future: true)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("first build")
        let page = session.site.output.appendingPathComponent("nieuws/toekomst/index.html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Gepland"))
        #expect(try session.rebuildAndCompare("nothing changed").isEmpty)
        session.now = 1_904_000_000  // 2030-05-01 has come
        let changed = try session.rebuildAndCompare("its day has come")
        #expect(!(try String(contentsOf: page, encoding: .utf8).contains("Gepland")))
        #expect(changed.contains("nieuws/toekomst/index.html") && changed.contains("index.html"))
    }
}
