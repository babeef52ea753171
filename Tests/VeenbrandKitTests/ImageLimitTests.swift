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
        let started = ContinuousClock.now
        let (build, check) = CheckIsTheBuildTests().outcomes(site)
        #expect(
            build == [
                "content/media/bom.png:1:1: this picture is 16000 × 16000 pixels, more than the 50 megapixels a "
                    + "build opens: make it smaller (a web page shows at most 2400 pixels across), or raise the "
                    + "limit with --max-megapixels"
            ])
        #expect(Set(build).isSubset(of: Set(check)))
        #expect(ContinuousClock.now - started < .seconds(10), "not decoded")
        #expect(TestSite.tree(at: site.output) == before)
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
