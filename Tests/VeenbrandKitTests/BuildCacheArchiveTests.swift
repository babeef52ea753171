import Foundation
import Testing

@testable import VeenbrandKit

/// The build cache file: what is written is read back the same; anything damaged, made with
/// other options, or naming paths outside a folder is not used.
@Suite struct BuildCacheArchiveTests {
    static let catalog = TopicCatalog(topics: [
        Topic(name: "Doe je mee?", slug: Slug("doe-je-mee")!, description: "Meedoen.", order: 0)
    ])

    static func entry() throws -> ArticleEntry {
        let text =
            "---\ntitle: Welkom\ndate: 2021-10-05T14:30:00+02:00\nthemes: [Doe je mee?]\n"
            + "keywords: [Eén loket, jeugd]\n"
            + "author: Anna\naliases: [/oud/welkom/, /welkom.html]\n---\n\nDe eerste alinea.\n"
        let parsed = try ArticleParser.parse(text, path: "content/nieuws/welkom.md", catalog: catalog)
        let body = BodyOrigin(
            path: "content/nieuws/welkom.md", firstLine: parsed.bodyFirstLine, fingerprint: .of(parsed.body),
            stamp: FileStamp(size: 10, modified: -5, changed: 7, inode: 42))
        return ArticleEntry(parsed.fields, summary: "De eerste alinea.", body: body)
    }

    static func memory(outputPath: String = "nieuws/welkom/index.html") throws -> BuildMemory {
        let entry = try entry()
        return BuildMemory(
            articleSettings: Fingerprint.of("instellingen"), articles: [entry.article.path: entry],
            related: RelatedArticles(lists: [[]], source: Fingerprint.of("bron")),
            output: FolderContents(
                folder: "/site/output",
                files: [
                    outputPath: Fingerprint.of("pagina"),
                    "assets/style.css": Fingerprint.of("stijl"),
                ]),
            standby: nil)
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let original = try Self.memory()
        let read = try #require(BuildMemory.unarchive(original.archived(key: "sleutel"), key: "sleutel"))
        #expect(
            read.articleSettings == Fingerprint.of("instellingen") && read.related?.source == Fingerprint.of("bron"))
        #expect(read.output == original.output && read.standby == nil)
        let entry = try #require(read.articles["content/nieuws/welkom.md"])
        let before = try #require(original.articles["content/nieuws/welkom.md"])
        #expect(entry.fingerprint == before.fingerprint && entry.summary == "De eerste alinea.")
        #expect(entry.body == before.body)
        #expect(entry.article.date == before.article.date && entry.article.keywords == before.article.keywords)
        #expect(entry.article.themes == before.article.themes && entry.article.aliases == before.article.aliases)
        #expect(entry.article.slugLocation == before.article.slugLocation)
    }

    @Test func anotherKeyOrDamagedBytesAreNotUsed() throws {
        let bytes = try Self.memory().archived(key: "sleutel")
        #expect(BuildMemory.unarchive(bytes, key: "andere sleutel") == nil)
        for length in [0, 10, bytes.count / 2, bytes.count - 1] {
            #expect(BuildMemory.unarchive(Array(bytes.prefix(length)), key: "sleutel") == nil, "cut at \(length)")
        }
        #expect(BuildMemory.unarchive(bytes + [0], key: "sleutel") == nil)
    }

    @Test(arguments: [
        "../buiten.html", "/etc/passwd", "nieuws/../../buiten.html", "nieuws//x.html", "nieuws/./x.html", "nieuws/..",
    ])
    func pathsOutsideTheFolderAreNotUsed(path: String) throws {
        #expect(BuildMemory.unarchive(try Self.memory(outputPath: path).archived(key: "k"), key: "k") == nil)
    }

    @Test(arguments: ["../x", "a/b", "A", "-a", "a-", "a--b", ""])
    func onlyRealSlugsAreTakenFromACache(text: String) {
        #expect(Slug(made: text) == nil)
    }

    @Test(arguments: ["/../x/", "//x/", "x/", "/a/../", "/.verborgen/", "/a%2F/"])
    func onlyRealSitePathsAreTakenFromACache(text: String) {
        #expect(SitePath(checking: text) == nil)
    }
}
