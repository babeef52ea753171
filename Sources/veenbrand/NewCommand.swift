import ArgumentParser
import Foundation
import VeenbrandKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create content/nieuws/<slug>.md as a draft with complete front matter.")

    @Argument(help: "The article's title.")
    var title: String

    @Option(name: .customLong("theme"), help: "A theme from content/themes.yaml (repeatable).")
    var themes: [String] = []

    @Option(name: .customLong("keyword"), help: "A keyword (repeatable).")
    var keywords: [String] = []

    @OptionGroup var site: SiteOptions

    func run() throws {
        let now = try site.resolvedNow()
        do {
            let path = try NewArticle.create(
                in: site.sourceURL, title: title, themes: themes, keywords: keywords, now: now,
                offsetSeconds: TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(now))))
            print("Created \(path) (draft: true). Preview it with `veenbrand serve`.")
        } catch {
            for problem in error.errors { Console.error(problem.description) }
            throw ExitCode(1)
        }
    }
}
