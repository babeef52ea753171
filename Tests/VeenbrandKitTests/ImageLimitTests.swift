import Foundation
import Testing

@testable import VeenbrandKit

/// A picture's size is read from its header, and one past the pixel limit is refused before it
/// is decoded: a small PNG can hold 16,000 × 16,000 pixels, a minute and gigabytes to open.
@Suite struct ImageLimitTests {
    /// A one-colour PNG of `width` × `height`: tiny as a file, huge when decoded.
    func png(width: Int, height: Int) throws -> Data {
        Data(try ResizedImage.encode(try Vips.image("black", ["width": .int(width), "height": .int(height)]), "png"))
    }

    @Test func aPictureBombIsRefusedQuicklyByBuildAndCheck() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.build()
        let before = TestSite.tree(at: site.output)
        try site.write("content/media/bom.png", try png(width: 16_000, height: 16_000))
        // The picture alone, timed: a build and a check beside the other tests take seconds anyway.
        let started = ContinuousClock.now
        #expect(throws: BuildError.self) {
            try ImageSize.read(
                "content/media/bom.png", in: SourceFolder(root: site.root),
                maxPixels: BuildOptions.defaultMaxImagePixels)
        }
        #expect(ContinuousClock.now - started < .seconds(10), "not decoded")
        let (build, check) = CheckIsTheBuildTests().outcomes(site)
        #expect(
            build == [
                "content/media/bom.png:1:1: this picture is 16000 × 16000 pixels, more than the 50 megapixels a "
                    + "build opens: make it smaller (the site's widest copy is 1600 pixels), or raise the limit "
                    + "with --max-megapixels"
            ])
        #expect(Set(build).isSubset(of: Set(check)))
        #expect(TestSite.tree(at: site.output) == before)
    }

    /// A damaged picture is an error at its file, and libvips' own warnings ("VIPS-WARNING **:
    /// error in tile 0 x 48") do not reach the terminal.
    @Test func libvipsWarningsStayOffTheTerminal() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        let photo = try Data(contentsOf: site.root.appendingPathComponent("content/media/foto.jpg"))
        try site.write("content/media/kapot.jpg", photo.prefix(3000))
        let log = site.root.appendingPathComponent("stderr.log")
        let file = open(log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let saved = dup(STDERR_FILENO)
        dup2(file, STDERR_FILENO)
        let (build, check) = CheckIsTheBuildTests().outcomes(site)
        dup2(saved, STDERR_FILENO)
        close(saved)
        close(file)
        // In our words, not libvips': its one error buffer is shared by every thread of the
        // process (a check beside the preview's build, the tests beside this one).
        #expect(build == ["content/media/kapot.jpg:1:1: this image cannot be read: it is damaged or cut short"])
        #expect(Set(build).isSubset(of: Set(check)))
        let printed = try String(contentsOf: log, encoding: .utf8)
        #expect(!printed.contains("VIPS-WARNING"), "\(printed.prefix(300))")
    }

    @Test func theLimitIsAnOption() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/media/breed.png", try png(width: 3000, height: 2000))
        var options = BuildOptions(source: site.root, publication: Publication(now: TestSite.now))
        options.maxImagePixels = 5_500_000
        #expect {
            try Site.build(options)
        } throws: { error in
            (error as? BuildFailure)?.errors.map(\.description).first?.contains(
                "breed.png:1:1: this picture is 3000 × 2000 pixels, more than the 5.5 megapixels") == true
        }
        let report = SiteChecker.check(
            source: site.root, publication: Publication(now: TestSite.now), maxImagePixels: 5_500_000)
        #expect(report.diagnostics.contains { $0.file == "content/media/breed.png" && $0.message.contains("5.5") })
        options.maxImagePixels = 6_000_000
        try Site.build(options)
    }
}
