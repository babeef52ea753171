import Foundation
import Testing

@testable import VeenbrandKit

/// Edits whose effect reaches pages through what they do not show of themselves: an article
/// added at the end of a list shorter than its page, a standalone page going into the menu or
/// out of it. Each rebuild is byte-compared with a full build, with both kinds of cache.
@Suite struct IncrementalEdgeTests {
    @Test(arguments: [false, true])
    func anArticleAddedAtTheEndOfAShortListIsInIt(kept: Bool) throws {
        let session = try IncrementalBuildTests.Session(kept: kept)
        defer { session.site.cleanUp() }
        try session.edit("content/site.yaml") { $0.replacingOccurrences(of: "feedItems: 3", with: "feedItems: 50") }
        try session.rebuildAndCompare("a feed longer than the site")
        try session.site.write(
            "content/nieuws/oudste.md",
            "---\ntitle: Het oudste bericht\ndate: 2001-01-01\nthemes: [Opstarten beweging]\n---\n\nOud nieuws.\n")
        let changed = try session.rebuildAndCompare("the oldest article added")
        #expect(changed.contains("feed.xml"))
    }

    @Test(arguments: [false, true])
    func aPageGoingIntoTheMenuOrOutOfItChangesEveryPage(kept: Bool) throws {
        let session = try IncrementalBuildTests.Session(kept: kept)
        defer { session.site.cleanUp() }
        try session.site.write("content/paginas/over.md", "---\ntitle: Over ons\nmenu: 1\n---\n\nWie we zijn.\n")
        try session.site.write("content/paginas/contact.md", "---\ntitle: Contact\n---\n\nSchrijf ons.\n")
        try session.rebuildAndCompare("two pages, one in the menu")
        try session.edit("content/paginas/contact.md") {
            $0.replacingOccurrences(of: "title: Contact\n", with: "title: Contact\nmenu: 2\n")
        }
        try session.rebuildAndCompare("both in the menu")
        try session.edit("content/paginas/over.md") { $0.replacingOccurrences(of: "menu: 1\n", with: "") }
        let changed = try session.rebuildAndCompare("the first out of the menu")
        #expect(changed.contains("nieuws/welkom/index.html"))
    }
}
