import ArgumentParser
import Foundation
import VeenbrandKit

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site folder, holding content/ and theme/.")
    var source: String = "."

    @Option(
        help: ArgumentHelp(
            "The build's 'now' (2021-10-05 or ISO 8601 with offset).",
            discussion: "Default: SOURCE_DATE_EPOCH if set, else the clock."))
    var now: String?

    @Option(
        name: .customLong("max-megapixels"),
        help: "Refuse pictures of more megapixels than this, before opening them.")
    var maxMegapixels: Double = Double(BuildOptions.defaultMaxImagePixels) / 1_000_000

    var sourceURL: URL { URL(fileURLWithPath: source) }

    /// `--max-megapixels` in pixels.
    var maxImagePixels: Int { Int((maxMegapixels * 1_000_000).rounded()) }

    func validate() throws {
        guard SiteFolders.isSite(sourceURL.path) else {
            throw ValidationError(
                "\(source) is not a Veenbrand site: it has no content/ or theme/ folder; run veenbrand in the "
                    + "site's folder, or name it with --source")
        }
        guard (1...10_000).contains(maxMegapixels) else {
            let standard = BuildOptions.defaultMaxImagePixels / 1_000_000
            throw ValidationError(
                "--max-megapixels \(maxMegapixels): use a number from 1 to 10000 (the default is \(standard))")
        }
    }

    /// The build's "now" in seconds since 1970.
    func resolvedNow() throws -> Int {
        do {
            return try BuildClock.now(option: now, environment: ProcessInfo.processInfo.environment) {
                Int(Date().timeIntervalSince1970)
            }
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// Printing to stderr, and whether output goes to an interactive terminal.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var isInteractive: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
