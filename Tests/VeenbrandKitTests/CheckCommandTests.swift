import Foundation
import Testing

@testable import VeenbrandKit

/// `veenbrand check --base-url`: the site checked as `build --base-url` makes it, so a deploy
/// job can hold the sitemap it published under a Pages address to the site it is about to publish.
@Suite struct CheckCommandTests {
    @Test func checkTakesTheBaseURLTheBuildWasGiven() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let pages = "https://beweging.github.io/site/"
        let command = CommandFailureTests()
        let built = try command.run([
            "build", "--source", site.root.path, "--now", "2026-01-01", "--no-search", "--quiet", "--base-url", pages,
        ])
        #expect(built.status == 0, "\(built.errors)")
        let sitemap = site.output.appendingPathComponent("sitemap.xml").path
        let check = ["check", "--source", site.root.path, "--now", "2026-01-01", "--published", sitemap]
        let asInSiteYAML = try command.run(check)
        let lost = "was published but the new site no longer has it"
        #expect(asInSiteYAML.errors.contains(lost), "another base: every page lost")
        let asBuilt = try command.run(check + ["--base-url", pages])
        #expect(!asBuilt.errors.contains(lost), "\(asBuilt.errors)")
        // The fixture's one deliberate mistake is still found.
        #expect(asBuilt.errors.contains("link '../andere/' goes nowhere"))
    }
}
