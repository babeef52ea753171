import Foundation
import Testing

@testable import VeenbrandKit

/// `check` is the build without the writing: whatever makes `build` fail makes `check` fail, at
/// the same line with the same words. Each case here once passed `check` while `build` failed.
@Suite struct CheckIsTheBuildTests {
    /// The build's errors, or none; and check's diagnostics.
    func outcomes(_ site: TestSite, drafts: Bool = false) -> (build: [String], check: [String]) {
        var build: [String] = []
        do { try site.build(drafts: drafts) } catch { build = error.errors.map(\.description) }
        let publication = Publication(now: TestSite.now, includeDrafts: drafts)
        let report = SiteChecker.check(source: site.root, publication: publication)
        let check = report.diagnostics.filter { $0.severity == .error }.map {
            BuildError(path: $0.file, line: $0.line, column: $0.column, $0.message).description
        }
        return (build, check)
    }

    /// Every invalid fixture site, through both: the same exit status, and the build's errors
    /// among check's.
    @Test(arguments: InvalidSiteTests.fixtures)
    func everyInvalidSiteFailsBothTheSameWay(fixture: String) throws {
        let site = try InvalidSiteTests.site(fixture)
        defer { site.cleanUp() }
        let (build, check) = outcomes(site)
        #expect(!build.isEmpty && !check.isEmpty, "\(fixture): both must fail")
        #expect(Set(build).isSubset(of: Set(check)), "\(fixture): \(Set(build).subtracting(check).sorted())")
    }

    func siteWith(_ files: [String: String]) throws -> TestSite {
        let site = try TestSite(fixture: "sites/basic")
        for (path, text) in files { try site.write(path, text) }
        return site
    }

    @Test func aPictureThatIsNoFileOfTheSite() throws {
        let site = try siteWith([
            "content/nieuws/beeld.md":
                "---\ntitle: B\ndate: 2021-01-01\nimage: /media/weg.jpg\nimageAlt: x\n---\n\nT.\n"
        ])
        defer { site.cleanUp() }
        let (build, check) = outcomes(site)
        #expect(
            build.count == 1
                && build.first?.hasPrefix("content/nieuws/beeld.md:4:8: the image '/media/weg.jpg'") == true)
        #expect(Set(build).isSubset(of: Set(check)))
    }

    @Test func aPhotoThatIsCutOff() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let photo = try Data(contentsOf: site.root.appendingPathComponent("content/media/foto.jpg"))
        try site.write("content/media/kapot.jpg", photo.prefix(photo.count / 2))
        let (build, check) = outcomes(site)
        #expect(
            build.count == 1 && build.first?.hasPrefix("content/media/kapot.jpg:1:1: this image cannot be read") == true
        )
        #expect(Set(build).isSubset(of: Set(check)))
    }

    @Test func anAliasThatIsTheHomePagesFile() throws {
        let site = try siteWith([
            "content/nieuws/oud.md": "---\ntitle: O\ndate: 2021-01-01\naliases: [/index.html]\n---\n\nT.\n"
        ])
        defer { site.cleanUp() }
        let (build, check) = outcomes(site)
        #expect(
            build == [
                "content/nieuws/oud.md:4:11: alias '/index.html' is the address of the home page: remove the alias"
            ])
        #expect(Set(build).isSubset(of: Set(check)))
    }

    @Test func aColourWrittenWithFullWidthDigits() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        try site.write("content/site.yaml", config + "shareCards:\n  background: \"#５a1f07\"\n")
        let (build, check) = outcomes(site)
        #expect(build.count == 1 && build.first?.contains("'background' '#５a1f07' must be a colour") == true)
        #expect(Set(build).isSubset(of: Set(check)))
    }

    /// `new` writes drafts: `check` checks them as they are, without `--drafts`.
    @Test func aDraftIsCheckedToo() throws {
        let site = try siteWith([
            "content/nieuws/mijn-concept.md":
                "---\ntitle: C\ndate: 2021-01-01\ndraft: true\nsummary: S.\n---\n\n[a](/nergens/) en [b](/ook-niet/).\n"
        ])
        defer { site.cleanUp() }
        let (build, check) = outcomes(site)
        #expect(build.isEmpty)
        #expect(check.filter { $0.hasPrefix("content/nieuws/mijn-concept.md:8:") }.count == 2, "\(check)")
    }

    /// A panorama wider than WebP allows builds: its copies are in its own format.
    @Test func aPanoramaWiderThanWebPAllowsBuilds() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let wide = try Vips.image("black", ["width": .int(17_000), "height": .int(60)])
        try site.write("content/media/panorama.jpg", Data(try Vips.encode(wide, "jpegsave_buffer")))
        let (build, check) = outcomes(site)
        #expect(build.isEmpty && !check.contains { $0.contains("panorama") })
        let media = try FileManager.default.contentsOfDirectory(
            atPath: site.output.appendingPathComponent("media").path)
        #expect(
            media.contains("panorama.1600w.jpg")
                && !media.contains { $0.hasPrefix("panorama") && $0.hasSuffix(".webp") })
    }
}
