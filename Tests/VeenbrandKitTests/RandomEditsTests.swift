import Foundation
import Testing

@testable import VeenbrandKit

/// Incremental equals full, under edits nobody listed: sequences of random edits (titles,
/// texts and links, keywords, themes, dates past and future, drafts, new and deleted articles,
/// theme descriptions, templates, the passing of time), each rebuild byte-compared with a full
/// build of the same sources. The seeds are fixed so a failure repeats;
/// `VEENBRAND_RANDOM_SEED=<n>` runs another.
@Suite struct RandomEditsTests {
    /// SplitMix64: small, and the same sequence on every machine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seeds: [UInt64] =
        ProcessInfo.processInfo.environment["VEENBRAND_RANDOM_SEED"].flatMap(UInt64.init)
        .map { [$0] } ?? [1, 2028, 77]

    static let keywords = ["Ouders", "Jongeren", "Naasten", "Cliëntenraad", "Pleegzorg"]
    static let themes = ["Opstarten beweging", "Doe je mee?", "Leeg thema"]

    @Test(arguments: seeds)
    func randomEditsGiveWhatAFullBuildGives(seed: UInt64) throws {
        var random = Generator(state: seed)
        // The kept cache (`veenbrand build`) for odd seeds, the one in memory (`serve`) for even.
        // …and with future articles published ("Gepland", until their day comes) for seeds not
        // 1 modulo 3.
        let session = try IncrementalBuildTests.Session(kept: seed % 2 == 1, future: seed % 3 != 1)
        defer { session.site.cleanUp() }
        try session.rebuildAndCompare("seed \(seed): first build")
        var made = 0
        for step in 1...12 {
            let articles = try FileManager.default.contentsOfDirectory(
                atPath: session.site.root.appendingPathComponent("content/nieuws").path
            ).filter { $0.hasSuffix(".md") }.sorted()
            let article = "content/nieuws/" + articles.randomElement(using: &random)!
            let what: String
            switch Int.random(in: 0..<11, using: &random) {
            case 0:
                what = "retitle \(article)"
                try replaceLine(session, article, "title: ", "title: Titel \(step) van \(seed)")
            case 1:
                let target = articles.randomElement(using: &random)!.dropLast(3)
                what = "a paragraph linking /nieuws/\(target)/ in \(article)"
                try session.edit(article) { $0 + "\nStap \(step): zie [dit](/nieuws/\(target)/).\n" }
            case 2:
                what = "keywords of \(article)"
                let chosen = Self.keywords.filter { _ in Bool.random(using: &random) }
                try replaceLine(session, article, "keywords: ", "keywords: [\(chosen.joined(separator: ", "))]")
            case 3:
                what = "themes of \(article)"
                let chosen = Self.themes.filter { _ in Bool.random(using: &random) }
                try replaceLine(session, article, "themes: ", "themes: [\(chosen.joined(separator: ", "))]")
            case 4:
                let year = Int.random(in: 2019...2028, using: &random)
                what = "date of \(article) to \(year)"
                try replaceLine(
                    session, article, "date: ", "date: \(year)-0\(Int.random(in: 1...9, using: &random))-15")
            case 5:
                what = "draft switch of \(article)"
                try session.edit(article) { text in
                    text.contains("draft: true")
                        ? text.replacingOccurrences(of: "draft: true\n", with: "")
                        : text.replacingOccurrences(of: "\n---\n", with: "\ndraft: true\n---\n")
                }
            case 6:
                made += 1
                what = "new article nieuw-\(made)"
                let theme = Self.themes.randomElement(using: &random)!
                let year = Int.random(in: 2000...2027, using: &random)
                try session.site.write(
                    "content/nieuws/nieuw-\(seed)-\(made).md",
                    "---\ntitle: Nieuw \(made)\ndate: \(year)-03-0\(made % 9 + 1)\n"
                        + "themes: [\(theme)]\nkeywords: [\(Self.keywords.randomElement(using: &random)!)]\n---\n\n"
                        + "Nieuw bericht \(made).\n")
            case 7 where articles.count > 6:
                what = "delete \(article)"
                try session.site.remove(article)
            case 8:
                what = "a theme's description"
                try session.edit("content/themes.yaml") {
                    $0.replacingOccurrences(
                        of: "description: ", with: "description: Stap \(step). ", options: [], range: nil)
                }
            case 9:
                what = "the footer template"
                try session.edit("theme/templates/partials/footer.mustache") { "<!-- stap \(step) -->\n" + $0 }
            default:
                let days = Int.random(in: 1...900, using: &random)
                what = "\(days) days pass"
                session.now += days * 86_400
            }
            try session.rebuildAndCompare("seed \(seed), step \(step): \(what)")
        }
    }

    /// Replaces the line starting with `prefix` (or adds one before the closing `---`).
    func replaceLine(_ session: IncrementalBuildTests.Session, _ path: String, _ prefix: String, _ line: String) throws
    {
        let url = session.site.root.appendingPathComponent(path)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) {
            lines[index] = line
        } else if let close = lines.dropFirst().firstIndex(of: "---") {
            lines.insert(line, at: close)
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
    }
}
