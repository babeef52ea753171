import ArgumentParser
import Foundation
import VeenbrandKit

@main
struct Veenbrand: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds the Radicale vernieuwing jeugdzorg site from content/ and theme/.",
        subcommands: [Build.self],
        defaultSubcommand: Build.self)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")

    @Option(help: "The site folder, holding content/ and theme/.")
    var source: String = "."

    @Option(help: "Where to write the site (default: <source>/output).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of site.yaml's baseURL.")
    var baseURL: String?

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    func run() throws {
        let start = ContinuousClock.now
        let sourceURL = URL(fileURLWithPath: source)
        let options = BuildOptions(source: sourceURL, output: output.map { URL(fileURLWithPath: $0) },
                                   baseURL: baseURL, includeDrafts: drafts)
        do {
            let summary = try Site.build(options)
            let elapsed = ContinuousClock.now - start
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            print("""
                Built \(summary.articles) articles into \(options.output.path)
                  pages   \(summary.pages)
                  feeds   \(summary.feeds)
                  copied  \(summary.copied)
                  drafts  \(summary.drafts) skipped
                Done in \(milliseconds) ms
                """)
        } catch {
            var standardError = FileHandle.standardError
            for problem in error.errors { print(problem, to: &standardError) }
            print("Build failed: \(error.errors.count) error\(error.errors.count == 1 ? "" : "s"); output left as it was.",
                  to: &standardError)
            throw ExitCode(1)
        }
    }
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) { write(Data(string.utf8)) }
}
