import Foundation
import Testing

@testable import VeenbrandKit

/// Aliases are plain paths: `_redirects` is read by hosts that treat `:name`, `*` and `!` as
/// patterns, so an alias written with them could take every address of the site.
@Suite struct RedirectSafetyTests {
    func article(aliases: String) -> String {
        "---\ntitle: Oud\ndate: 2021-01-01\naliases: \(aliases)\n---\n\nT.\n"
    }

    @Test(arguments: ["/nieuws/:slug/", "/*", "/themas/*.html", "/nieuws/oud!/", "/a+b/", "/x/%3Aslug/"])
    func aPatternIsNoAlias(alias: String) throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/nieuws/oud.md", article(aliases: "['\(alias)']"))
        let (build, check) = CheckIsTheBuildTests().outcomes(site)
        #expect(
            build.count == 1 && build.first?.hasPrefix("content/nieuws/oud.md:4:11: alias '\(alias)'") == true,
            "\(build)")
        #expect(Set(build).isSubset(of: Set(check)))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("_redirects").path))
    }

    @Test func anAliasMayNotBeAnotherPagesFile() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/nieuws/oud.md", article(aliases: "[/nieuws/welkom/index.html]"))
        let (build, check) = CheckIsTheBuildTests().outcomes(site)
        #expect(build.count == 1 && build.first?.hasPrefix("content/nieuws/oud.md:4:") == true, "\(build)")
        #expect(Set(build).isSubset(of: Set(check)))
    }

    @Test func plainOldAddressesStillRedirect() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/nieuws/oud.md", article(aliases: "[/oud_bericht~2/, /één/, /nieuws/2019/oud.html]"))
        try site.build()
        let redirects = try String(contentsOf: site.output.appendingPathComponent("_redirects"), encoding: .utf8)
        #expect(redirects.contains("/oud_bericht~2/ /nieuws/oud/ 301"))
        #expect(redirects.contains("/nieuws/2019/oud.html /nieuws/oud/ 301"))
        // Typed with a combining accent, composed: one letter, and the same old address.
        try site.write("content/nieuws/ander.md", article(aliases: "['/cafe\u{301}/']"))
        #expect(throws: Never.self) { try site.build() }
    }

    /// Cloudflare Pages reads at most 2,000 static redirects; past that, `check` warns.
    @Test func checkWarnsPastTheHostsLimit() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let aliases = (1...2001).map { "/oud/\($0)/" }.joined(separator: ", ")
        try site.write("content/nieuws/oud.md", article(aliases: "[\(aliases)]"))
        let report = SiteChecker.check(source: site.root, publication: Publication(now: TestSite.now))
        let warnings = report.diagnostics.filter {
            $0.severity == .warning && $0.message.contains("first 2000 redirects")
        }
        #expect(warnings.count == 1 && warnings.first?.file == "content/nieuws/oud.md", "\(warnings)")
    }
}
