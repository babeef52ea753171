import Foundation
import Testing

@testable import VeenbrandKit

/// The articles in content/nieuws say what the movement published (Tests/Fixtures/seeds) and
/// nothing it did not: the same words, the same title, the same themes and keywords.
@Suite struct SeedFidelityTests {
    /// Where an article's title comes from.
    enum TitleSource {
        /// The seed's first line.
        case seedLine
        /// The original address's last part, whose words the title must have in order.
        case address(String)
        /// Neither exists: an editorial title, which the front matter must say it is.
        case editorial
    }

    struct Publication {
        let seed: String
        let article: String
        let title: TitleSource
        /// Corrections of the seed's obvious slips, each (what the seed says, what we publish).
        var corrections: [(String, String)] = []
    }

    static let publications = [
        Publication(
            seed: "000_961ecb2c01a223c3.txt",
            article: "eerste-opbrengsten-verkenning-radicale-vernieuwing-jeugdzorg.md",
            title: .seedLine),
        Publication(
            seed: "001_9de07787ebbb57ed.txt", article: "opstarten-beweging-radicale-vernieuwing-jeugdzorg.md",
            title: .seedLine, corrections: [("de de droom", "de droom"), ("risico’s .", "risico’s.")]),
        Publication(
            seed: "002_065d0ee9c03b86e7.txt", article: "presentatie-eerste-resultaten-verkenningsgesprekken-2021.md",
            title: .address("presentatie-eerste-resultaten-verkenningsgesprekken-2021")),
        Publication(
            seed: "003_caf93af473b471f5.txt", article: "loc-start-vernieuwingsbeweging-in-de-jeugdzorg.md",
            title: .editorial),
        Publication(
            seed: "004_297fdb2c63051c3b.txt",
            article: "ervaringsdeskundigen-zetten-de-toon-bestuurders-en-professionals-positief.md",
            title: .address("ervaringsdeskundigen-zetten-de-toon-bestuurders-en-professionals-positief")),
    ]

    static let seeds = TestSite.fixtures.appendingPathComponent("seeds")
    static let articles = TestSite.repository.appendingPathComponent("content/nieuws")

    func load(_ publication: Publication) throws -> (seed: SeedText, text: String, article: ParsedDocument) {
        let seed = try String(contentsOf: Self.seeds.appendingPathComponent(publication.seed), encoding: .utf8)
        let text = try String(contentsOf: Self.articles.appendingPathComponent(publication.article), encoding: .utf8)
        let themes = TestSite.repository.appendingPathComponent("content/themes.yaml")
        let catalog = try TopicCatalog.parse(String(contentsOf: themes, encoding: .utf8), path: "themes.yaml")
        let article = try DocumentParser.parse(text, path: publication.article, kind: .articles, catalog: catalog)
        return (SeedText(seed), text, article)
    }

    @Test func everyArticleIsAPublication() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.articles.path).filter {
            $0.hasSuffix(".md")
        }
        #expect(files.sorted() == Self.publications.map(\.article).sorted())
    }

    @Test(arguments: publications.indices)
    func bodySaysWhatTheSeedSays(index: Int) throws {
        let publication = Self.publications[index]
        let (seed, _, article) = try load(publication)
        var seedText = seed.bodyLines(hasTitle: publication.title.isSeedLine).joined(separator: "\n")
        for (slip, correction) in publication.corrections {
            #expect(seedText.contains(slip), "the correction \(slip) → \(correction) is no longer needed")
            seedText = seedText.replacingOccurrences(of: slip, with: correction)
        }
        let expected = SeedText.words(seedText.components(separatedBy: "\n"))
        let renderer = MarkdownRenderer(unsafeHTML: false, base: SiteBase(url: "https://example.org/"))
        let got = SeedText.words(SeedText.lines(ofHTML: renderer.render(article).html))
        let difference = Self.firstDifference(expected, got)
        #expect(difference == nil, "\(publication.article) differs from \(publication.seed): \(difference ?? "")")
    }

    @Test(arguments: publications.indices)
    func themesAndKeywordsAreTheSeeds(index: Int) throws {
        let publication = Self.publications[index]
        let (seed, _, article) = try load(publication)
        let document = Parsing.index(article, stamp: nil)
        #expect(document.topics.map(\.name) == seed.names(after: "Thema's:"), "\(publication.article)")
        #expect(document.keywords.map(\.name) == seed.names(after: "Trefwoorden:"), "\(publication.article)")
    }

    @Test(arguments: publications.indices)
    func titleComesFromTheSeedTheAddressOrSaysItIsEditorial(index: Int) throws {
        let publication = Self.publications[index]
        let (seed, text, article) = try load(publication)
        let document = Parsing.index(article, stamp: nil)
        let title = document.title
        // Where the text comes from is said in the editors' notes, which a save in the CMS keeps.
        let notes = if case .text(let notes)? = document.entry(.notes)?.value { notes } else { "" }
        switch publication.title {
        case .seedLine:
            #expect(title == seed.firstLine)
        case .address(let slug):
            let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
            #expect(words == slug, "\(title) is not made from the address \(slug)")
            #expect(notes.contains("Title: from the original address"), "\(publication.article) says so")
        case .editorial:
            #expect(notes.contains("Title: editorial"), "\(publication.article) says its title is editorial")
        }
    }

    /// The first place two word lists part, with a few words of each around it.
    static func firstDifference(_ expected: [String], _ got: [String]) -> String? {
        let common = min(expected.count, got.count)
        guard
            let index = (0..<common).first(where: { expected[$0] != got[$0] })
                ?? (expected.count == got.count ? nil : common)
        else { return nil }
        let before = max(index - 6, 0)
        let seedSays = expected[before..<min(index + 8, expected.count)].joined(separator: " ")
        let articleSays = got[before..<min(index + 8, got.count)].joined(separator: " ")
        return "word \(index): the seed says «\(seedSays)», the article «\(articleSays)»"
    }
}

extension SeedFidelityTests.TitleSource {
    var isSeedLine: Bool {
        if case .seedLine = self { true } else { false }
    }
}
