import ArgumentParser
import Foundation
import VeenbrandKit

extension NewDocument.Kind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new article (or --page, --agenda event) as a draft with complete front matter.",
        discussion: """
            An article goes to content/nieuws/<slug>.md, a page to content/paginas/, an event to content/agenda/.
            An event needs --start and --location, --online or both.
            """)

    @Argument(help: "The title.")
    var title: String

    @Flag(help: "Make a standalone page (content/paginas/).")
    var page = false

    @Flag(help: "Make an event for the agenda (content/agenda/).")
    var agenda = false

    @Option(name: .customLong("theme"), help: "A theme from content/themes.yaml (repeatable).")
    var themes: [String] = []

    @Option(name: .customLong("keyword"), help: "A keyword (repeatable).")
    var keywords: [String] = []

    @Option(help: "An event's start: 2021-10-07T20:30:00+02:00, or 2021-10-07 for all day (default: today).")
    var start: String?

    @Option(help: "An event's end, written like --start.")
    var end: String?

    @Option(help: "Where an event is: a place and its address.")
    var location: String?

    @Option(help: "Where an event is online: its web address.")
    var online: String?

    @OptionGroup var site: SiteOptions

    func validate() throws {
        if page && agenda { throw ValidationError("--page and --agenda: choose one") }
        if !agenda && [start, end, location, online].contains(where: { $0 != nil }) {
            throw ValidationError("--start, --end, --location and --online are for an event: add --agenda")
        }
        if agenda && location == nil && online == nil {
            throw ValidationError(
                "an event needs --location (a place and its address), --online (a web address) or both")
        }
    }

    /// The command line for `subcommand` as this program was started (`veenbrand`, or
    /// `.build/release/veenbrand` when it is not on the PATH), with `--source` if one was given.
    func command(_ subcommand: String) -> String {
        let program = CommandLine.arguments.first.map { $0.contains(" ") ? "'\($0)'" : $0 } ?? "veenbrand"
        return "\(program) \(subcommand)" + (site.source == "." ? "" : " --source '\(site.source)'")
    }

    func run() throws {
        let now = try site.resolvedNow()
        let kind: NewDocument.Kind = agenda ? .event : page ? .page : .article
        var values: [String: [String]] = [:]
        if !themes.isEmpty { values["themes"] = themes }
        if !keywords.isEmpty { values["keywords"] = keywords }
        for (name, value) in [("start", start), ("end", end), ("location", location), ("online", online)] {
            if let value { values[name] = [value] }
        }
        do {
            let path = try NewDocument.create(
                in: site.sourceURL, kind: kind, title: title, values: values, now: now,
                offsetSeconds: TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(now))))
            let file = site.sourceURL.appendingPathComponent(path).standardizedFileURL.path
            print("Created \(file) (draft: true): open it in your editor and write.")
            print("Preview it as you write: \(command("serve")), then open the address it prints.")
        } catch {
            for problem in error.errors { Console.error(problem.description) }
            throw ExitCode(1)
        }
    }
}
