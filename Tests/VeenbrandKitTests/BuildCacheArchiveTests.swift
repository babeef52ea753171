import Foundation
import Testing
@testable import VeenbrandKit

/// The build cache file: what is written is read back the same; anything damaged, made with
/// other options, or naming paths outside a folder is not used.
@Suite struct BuildCacheArchiveTests {
    static let catalog = ThemeCatalog(themes: [Theme(name: "Doe je mee?", slug: Slug("doe-je-mee")!, description: "Meedoen.", order: 0)])

    static func cache(outputPath: String = "nieuws/welkom/index.html") throws -> BuildCache {
        let text = "---\ntitle: Welkom\ndate: 2021-10-05T14:30:00+02:00\nthemes: [Doe je mee?]\nkeywords: [Eén loket, jeugd]\n"
            + "author: Anna\n---\n\nDe eerste alinea.\n"
        let article = try ArticleParser.parse(text, path: "content/nieuws/welkom.md", catalog: catalog)
        let entry = ArticleEntry(article, stamp: FileStamp(size: 10, modified: -5, changed: 7, inode: 42))
        let cache = BuildCache()
        cache.remember([entry], settings: Fingerprint.of("instellingen"))
        cache.related = RelatedArticles(lists: [[]], source: Fingerprint.of("bron"))
        cache.remember(output: BuildCache.Output(folder: "/site/output", pages: [outputPath: Fingerprint.of("pagina"), "robots.txt": nil],
                                                 copied: ["assets/style.css": FileStamp(size: 1, modified: 2, changed: 3, inode: 4)]),
                       standby: nil)
        return cache
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let original = try Self.cache()
        let bytes = original.archived(key: "sleutel")
        let read = try #require(BuildCache.unarchive(bytes, key: "sleutel"))
        #expect(read.articleSettings == Fingerprint.of("instellingen") && read.related?.source == Fingerprint.of("bron"))
        #expect(read.output?.copied == ["assets/style.css": FileStamp(size: 1, modified: 2, changed: 3, inode: 4)])
        let entry = try #require(read.articles["content/nieuws/welkom.md"])
        let before = try #require(original.articles["content/nieuws/welkom.md"])
        #expect(entry.fingerprint == before.fingerprint && entry.summary == "De eerste alinea.")
        #expect(entry.article.date == before.article.date && entry.article.keywords == before.article.keywords)
        #expect(entry.article.themes == before.article.themes && entry.stamp == before.stamp)
        #expect(read.output?.pages["robots.txt"] == .some(nil))
        #expect(read.standby == nil)
    }

    @Test func anotherKeyOrDamagedBytesAreNotUsed() throws {
        let bytes = try Self.cache().archived(key: "sleutel")
        #expect(BuildCache.unarchive(bytes, key: "andere sleutel") == nil)
        for length in [0, 10, bytes.count / 2, bytes.count - 1] {
            #expect(BuildCache.unarchive(Array(bytes.prefix(length)), key: "sleutel") == nil, "cut at \(length)")
        }
        #expect(BuildCache.unarchive(bytes + [0], key: "sleutel") == nil)
    }

    @Test(arguments: ["../buiten.html", "/etc/passwd", "nieuws/../../buiten.html", "nieuws//x.html", "nieuws/./x.html", "nieuws/.."])
    func pathsOutsideTheFolderAreNotUsed(path: String) throws {
        #expect(BuildCache.unarchive(try Self.cache(outputPath: path).archived(key: "k"), key: "k") == nil)
    }

    @Test(arguments: ["../x", "a/b", "A", "-a", "a-", "a--b", ""])
    func onlyRealSlugsAreTakenFromACache(text: String) {
        #expect(Slug(made: text) == nil)
    }
}
