import Foundation
import Testing

@testable import VeenbrandKit

/// The limits docs/guarantees.md, publishing.md and editing.md state are the ones in the code.
@Suite struct GuaranteesDocsTests {
    static func text(_ name: String) throws -> String {
        try String(contentsOf: TestSite.repository.appendingPathComponent("docs/\(name)"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
    }

    @Test func theStatedLimitsAreTheCodes() throws {
        let guarantees = try Self.text("guarantees.md")
        let publishing = try Self.text("publishing.md")
        let megapixels = BuildOptions.defaultMaxImagePixels / 1_000_000
        #expect(guarantees.contains("**Pictures past \(megapixels) megapixels**"))
        let redirects = RedirectsFile.hostLimit.formatted(.number.locale(Locale(identifier: "en_US")))
        #expect(guarantees.contains("`check` warns past \(redirects) redirects"))
        let minutes = Int(SearchIndexer.defaultTimeLimit / 60)
        #expect(guarantees.contains("within \(minutes) minutes (`VEENBRAND_PAGEFIND_TIMEOUT`)"))
        #expect(publishing.contains("it may take \(minutes) minutes (`VEENBRAND_PAGEFIND_TIMEOUT`"))
        #expect(publishing.contains("refuse pictures of more than N megapixels (default \(megapixels))"))
        #expect(try Self.text("editing.md").contains("before it is opened; default \(megapixels))"))
    }
}
