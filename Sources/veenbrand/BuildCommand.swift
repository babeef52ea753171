import ArgumentParser
import Foundation
import VeenbrandKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Where to write the site (default: <source>/output).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of site.yaml's baseURL.")
    var baseURL: String?

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(help: "Include articles dated after now.")
    var future = false

    @Flag(help: "Render everything, even when nothing changed since the last build.")
    var force = false

    @Flag(
        name: .customLong("no-search"),
        help: "Do not index the site for its search page (by default Pagefind indexes it, if installed).")
    var noSearch = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print how long each stage took.")
    var verbose = false

    /// This program's file (path, size, time): a new Veenbrand renders everything again.
    static var toolStamp: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "veenbrand \(path) \(size) \(modified)"
    }

    func run() throws {
        let start = ContinuousClock.now
        var options = BuildOptions(
            source: site.sourceURL, output: output.map { URL(fileURLWithPath: $0) },
            baseURL: baseURL.map(BaseURLOverride.replace),
            publication: Publication(now: try site.resolvedNow(), includeDrafts: drafts, includeFuture: future),
            toolStamp: Self.toolStamp, force: force)
        options.search = noSearch ? nil : SearchIndexer.installed(besideOutput: options.output)
        options.maxImagePixels = site.maxImagePixels
        let stages = StageTimer(showProgress: !quiet && Console.isInteractive)
        do {
            let quiet = self.quiet
            let progress = BuildProgress({ stages.enter($0) }, notice: { if !quiet { Console.error($0) } })
            let summary = try Site.build(options, progress: progress)
            stages.finish()
            for warning in summary.warnings { Console.error("warning: \(warning)") }
            if !quiet {
                print(
                    BuildReport(
                        summary: summary, output: options.output.path, stages: verbose ? stages.timings : [],
                        elapsed: ContinuousClock.now - start, search: options.search, searchWanted: !noSearch
                    ).text)
            }
        } catch {
            stages.finish()
            for problem in error.errors { Console.error(problem.description) }
            Console.error(
                "Build failed: \(error.errors.count) error\(error.errors.count == 1 ? "" : "s"); "
                    + "the output folder was left as it was."
            )
            throw ExitCode(1)
        }
    }
}

/// Measures the build's stages and, on a terminal, shows the current one on a progress line.
final class StageTimer: @unchecked Sendable {
    private let lock = NSLock()
    private let showProgress: Bool
    private var current: (stage: BuildProgress.Stage, start: ContinuousClock.Instant)?
    private(set) var timings: [(BuildProgress.Stage, Duration)] = []

    init(showProgress: Bool) { self.showProgress = showProgress }

    func enter(_ stage: BuildProgress.Stage) {
        lock.withLock {
            closeCurrent()
            current = (stage, .now)
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K  \(stage.rawValue)…".utf8)) }
        }
    }

    func finish() {
        lock.withLock {
            closeCurrent()
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    private func closeCurrent() {
        if let current { timings.append((current.stage, ContinuousClock.now - current.start)) }
        current = nil
    }
}

/// The build summary, laid out like Hugo's.
struct BuildReport {
    let summary: BuildSummary
    let output: String
    let stages: [(BuildProgress.Stage, Duration)]
    let elapsed: Duration
    /// Who indexed the site for search, if anyone.
    var search: SearchIndexer? = nil
    /// Whether an index was asked for (not `--no-search`).
    var searchWanted = true

    var text: String {
        let rows: [(String, Int)] = [
            ("Articles", summary.articles), ("Pages", summary.pages), ("Feeds", summary.feeds),
            ("Redirects", summary.redirects), ("Copied files", summary.copied),
            ("Drafts skipped", summary.draftsSkipped),
            ("Scheduled", summary.scheduledSkipped),
        ]
        let width = String(rows.map(\.1).max() ?? 0).count
        var lines = [
            summary.upToDate
                ? "Nothing changed since the last build: \(output) is up to date" : "Built the site into \(output)", "",
        ]
        lines += rows.map { name, value in
            "  \(name.padding(toLength: 16, withPad: " ", startingAt: 0))| "
                + "\(String(repeating: " ", count: width - String(value).count))\(value)"
        }
        lines.append(
            search.map { "  Search index    | Pagefind (\($0.executable))" }
                ?? (searchWanted
                    ? "  Search index    | none: Pagefind is not installed (scripts/build installs it)"
                    : "  Search index    | none (--no-search)"))
        if let next = summary.nextScheduled {
            lines += [
                "", "Next scheduled: \"\(next.title)\" on \(next.date) (\(next.path)); rebuild then to publish it.",
            ]
        }
        if !stages.isEmpty {
            lines.append("")
            lines += stages.map {
                "  \($0.0.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0))\(Console.milliseconds($0.1)) ms"
            }
        }
        lines += ["", "Total in \(Console.milliseconds(elapsed)) ms"]
        return lines.joined(separator: "\n")
    }
}
