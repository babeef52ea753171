import Foundation
import Testing

@testable import VeenbrandKit

/// The build cache file: what is written is read back the same; anything damaged, made with
/// other options, or naming paths outside a folder is not used.
@Suite struct BuildCacheArchiveTests {
    static let catalog = TopicCatalog(topics: [
        Topic(name: "Doe je mee?", slug: Slug("doe-je-mee")!, description: "Meedoen.", order: 0)
    ])

    static func entry() throws -> Document {
        let text =
            "---\ntitle: Welkom\ndate: 2021-10-05T14:30:00+02:00\nthemes: [Doe je mee?]\n"
            + "keywords: [Eén loket, jeugd]\n"
            + "author: Anna\naliases: [/oud/welkom/, /welkom.html]\n---\n\nDe eerste alinea.\n"
        let parsed = try DocumentParser.parse(text, path: "content/nieuws/welkom.md", kind: .articles, catalog: catalog)
        let body = BodyOrigin(
            path: "content/nieuws/welkom.md", firstLine: parsed.bodyFirstLine, fingerprint: .of(parsed.body),
            stamp: FileStamp(size: 10, modified: -5, changed: 7, inode: 42))
        return Document(
            kind: .articles, path: parsed.path, slug: parsed.slug, slugLocation: parsed.slugLocation,
            fields: parsed.fields, summary: "De eerste alinea.", body: body)
    }

    /// An event and a page, to show every kind is kept.
    static func others() throws -> [Document] {
        [
            try DocumentParser.document(
                "---\ntitle: Avond\nstart: 2021-10-07T20:30:00+02:00\nonline: https://example.org/live\n---\nTekst.\n",
                path: "content/agenda/avond.md", kind: .agenda),
            try DocumentParser.document(
                "---\ntitle: Over\nmenu: 1\nsummary: Wie we zijn.\n---\nTekst.\n", path: "content/paginas/over.md",
                kind: .standalonePages),
        ]
    }

    static func memory(outputPath: String = "nieuws/welkom/index.html") throws -> CacheContents {
        let entry = try entry()
        return CacheContents(
            settings: Fingerprint.of("instellingen"),
            documents: Dictionary(uniqueKeysWithValues: ([entry] + (try others())).map { ($0.path, $0) }),
            related: RelatedArticles(lists: [[]], source: Fingerprint.of("bron")),
            output: FolderContents(
                folder: "/site/output",
                reads: ReadTable(
                    [
                        .settings, Read(.document, "content/nieuws/welkom.md"),
                        Read(.sourceFile, "theme/assets/style.css"),
                    ],
                    lineage: 7),
                files: [
                    outputPath: MadeFrom(fingerprint: Fingerprint.of("pagina"), reads: [0, 1]),
                    "assets/style.css": MadeFrom(fingerprint: Fingerprint.of("stijl"), reads: [2]),
                ]),
            standby: nil)
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let original = try Self.memory()
        let read = try #require(
            CacheContents.unarchive(original.archived(key: "sleutel"), key: "sleutel", kinds: Kinds.documents))
        #expect(read.settings == Fingerprint.of("instellingen") && read.related?.source == Fingerprint.of("bron"))
        #expect(read.output == original.output && read.standby == nil)
        #expect(read.documents.count == 3)
        for (path, before) in original.documents {
            let document = try #require(read.documents[path])
            #expect(document.kind == before.kind && document.fields == before.fields)
            #expect(document.fingerprint == before.fingerprint && document.summary == before.summary)
            #expect(document.body == before.body && document.slugLocation == before.slugLocation)
        }
    }

    @Test func anotherKeyOrDamagedBytesAreNotUsed() throws {
        let bytes = try Self.memory().archived(key: "sleutel")
        let kinds = Kinds.documents
        #expect(CacheContents.unarchive(bytes, key: "andere sleutel", kinds: kinds) == nil)
        for length in [0, 10, bytes.count / 2, bytes.count - 1] {
            #expect(
                CacheContents.unarchive(Array(bytes.prefix(length)), key: "sleutel", kinds: kinds) == nil,
                "cut at \(length)")
        }
        #expect(CacheContents.unarchive(bytes + [0], key: "sleutel", kinds: kinds) == nil)
        #expect(CacheContents.unarchive(bytes, key: "sleutel", kinds: [.articles]) == nil, "a kind it does not know")
    }

    @Test(arguments: [
        "../buiten.html", "/etc/passwd", "nieuws/../../buiten.html", "nieuws//x.html", "nieuws/./x.html", "nieuws/..",
    ])
    func pathsOutsideTheFolderAreNotUsed(path: String) throws {
        let bytes = try Self.memory(outputPath: path).archived(key: "k")
        #expect(CacheContents.unarchive(bytes, key: "k", kinds: Kinds.documents) == nil)
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
