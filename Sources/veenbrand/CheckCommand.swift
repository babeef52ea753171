import ArgumentParser
import Foundation
import VeenbrandKit

extension CheckReport.Format: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content without writing anything: front matter, themes, slugs, links, anchors, files.",
        discussion: "Exits 1 if anything is an error (or, with --strict, a warning).")

    @OptionGroup var site: SiteOptions

    @Option(help: "text (path:line:col: severity: message), json, or github (workflow commands).")
    var format: CheckReport.Format = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Check drafts as if they were published.")
    var drafts = false

    @Flag(help: "Check articles dated after now as if they were published.")
    var future = false

    @Option(
        help: ArgumentHelp(
            "The live site's sitemap (a URL or a file): every address in it must still lead somewhere.",
            valueName: "sitemap"))
    var published: String?

    @Option(
        name: .customLong("base-url"),
        help: "Check the site as built with this base URL (as `build --base-url`), e.g. a Pages address.")
    var baseURL: String?

    @Flag(help: "Also list, per document, its average sentence length, long words and longest sentences.")
    var readability = false

    @Flag(help: "Also ask every external link's site whether it answers (warnings only; answers kept a day).")
    var external = false

    func run() throws {
        let publication = Publication(now: try site.resolvedNow(), includeDrafts: drafts, includeFuture: future)
        let sitemap = published.map { PublishedSitemap.load($0) }
        let links = external ? ExternalLinks(cache: ExternalLinks.defaultCache(for: site.sourceURL)) : nil
        let report = SiteChecker.check(
            source: site.sourceURL, publication: publication, baseURL: baseURL.map(BaseURLOverride.replace),
            published: sitemap, external: links,
            maxImagePixels: site.maxImagePixels)
        if readability { print(ReadabilitySummary.table(report.readability)) }
        print(report.formatted(format))
        if report.fails(strict: strict) { throw ExitCode(1) }
    }
}
