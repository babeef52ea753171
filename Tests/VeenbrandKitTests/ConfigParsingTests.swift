import Testing

@testable import VeenbrandKit

@Suite struct SiteConfigTests {
    @Test func parsesAllFieldsWithDefaults() throws {
        let config = try SiteConfig.parse(
            """
            title: Site
            baseURL: https://www.rvjeugdzorg.nl
            contact:
              email: a@b.nl
              phone: 030 - 284 32 00
            newsletter: https://eepurl.com/x
            """, path: "content/site.yaml")
        #expect(config.baseURL == "https://www.rvjeugdzorg.nl/")
        #expect(config.language == "nl")
        #expect(config.feedItems == 20)
        #expect(config.unsafeHTML == false)
        #expect(config.contactPhone == "030 - 284 32 00")
    }

    @Test func theCommandLineBaseURLWins() throws {
        let config = try SiteConfig.parse(
            "title: S\nbaseURL: https://a.nl/\n", path: "s.yaml", override: .replace("http://localhost:8080"))
        #expect(config.baseURL == "http://localhost:8080/")
    }

    @Test func thePreviewServerKeepsThePath() throws {
        let config = try SiteConfig.parse(
            "title: S\nbaseURL: https://a.nl/sub/\n", path: "s.yaml", override: .origin("http://127.0.0.1:1313"))
        #expect(config.baseURL == "http://127.0.0.1:1313/sub/")
        #expect(SiteBase(url: config.baseURL).path == "/sub/")
        // A printed page puts the origin before a link's `/sub/…`.
        #expect(SiteBase(url: config.baseURL).origin == "http://127.0.0.1:1313")
        #expect(SiteBase(url: "https://example.org/").origin == "https://example.org")
    }

    @Test func aBadCommandLineBaseURLIsBlamedOnTheOption() {
        do {
            _ = try SiteConfig.parse(
                "title: S\nbaseURL: https://a.nl/\n", path: "s.yaml", override: .replace("ftp://x"))
            Issue.record("parsed")
        } catch {
            #expect(error.description.hasPrefix("--base-url:1:1: baseURL 'ftp://x' is not an absolute http(s) URL"))
        }
    }

    @Test(arguments: ["https://example.org/sub", "https://example.org/sub/", "https://example.org:8443/a/b/"])
    func baseURLsWithAPathAreAccepted(url: String) {
        #expect(SiteConfig.normalizedBaseURL(url)?.hasSuffix("/") == true)
    }

    @Test(arguments: [
        "www.example.org", "/pad/", "ftp://example.org/", "https://", "https://a b.nl/", "https://a.nl/?x=1",
        "https://user:pw@a.nl/", "https://a.nl:99999/", "https://a.nl//x/", "https://a.nl/../x/",
    ])
    func invalidBaseURLsAreRejected(url: String) {
        #expect(SiteConfig.normalizedBaseURL(url) == nil)
    }

    @Test func missingRequiredFieldsAreAllReported() {
        #expect(throws: BuildFailure.self) { try SiteConfig.parse("language: nl\n", path: "s.yaml") }
        do {
            _ = try SiteConfig.parse("language: nl\n", path: "s.yaml")
        } catch {
            #expect(
                error.errors.map(\.message) == [
                    "site.yaml has no 'baseURL': it is required", "site.yaml has no 'title': it is required",
                ])
        }
    }
}

@Suite struct ThemeCatalogTests {
    @Test func parsesThemesInOrder() throws {
        let catalog = try TopicCatalog.parse(
            """
            - name: Opstarten beweging
              slug: opstart
              description: Begin.
            - name: Doe je mee?
            """, path: "themes.yaml")
        #expect(catalog.topics.map(\.slug.value) == ["opstart", "doe-je-mee"])
        #expect(catalog.topics[0].description == "Begin.")
    }

    @Test func suggestsTheClosestTheme() throws {
        let catalog = try TopicCatalog.parse(
            "- name: Opstarten beweging\n- name: Kwaliteit jeugdzorg\n", path: "t.yaml")
        #expect(
            throws: BuildError(
                path: "a.md", line: 3, column: 2,
                "unknown theme 'opstarten Beweging'; did you mean 'Opstarten beweging'?")
        ) {
            try catalog.topic(named: "opstarten Beweging", at: SourceLocation(path: "a.md", line: 3, column: 2))
        }
    }

    @Test func suggestsBySlugAndByTheOneNameContainingIt() throws {
        let catalog = try TopicCatalog.parse(
            """
            - name: Opstarten beweging
              slug: opstart
            - name: Organiseren en vernieuwen medezeggenschap
              slug: medezeggenschap
            - name: Kwaliteit jeugdzorg
            """, path: "t.yaml")
        let here = SourceLocation(path: "a.md")
        #expect(throws: BuildError(here, "unknown theme 'Opstart'; did you mean 'Opstarten beweging'?")) {
            try catalog.topic(named: "Opstart", at: here)
        }
        #expect(
            throws: BuildError(
                here,
                "unknown theme 'Vernieuwen Medezeggenschap'; did you mean 'Organiseren en vernieuwen medezeggenschap'?")
        ) {
            try catalog.topic(named: "Vernieuwen Medezeggenschap", at: here)
        }
        #expect(
            throws: BuildError(
                here,
                "unknown theme 'Onderwijs'; the themes are: 'Opstarten beweging', 'Organiseren en "
                    + "vernieuwen medezeggenschap', 'Kwaliteit jeugdzorg'"
            )
        ) {
            try catalog.topic(named: "Onderwijs", at: here)
        }
        #expect(
            try catalog.topic(namedOrSlug: "medezeggenschap", at: here).name
                == "Organiseren en vernieuwen medezeggenschap")
    }

    @Test func duplicateSlugsAndMissingNamesAreErrors() {
        do {
            _ = try TopicCatalog.parse("- name: A b\n- name: a-b\n- slug: x\n", path: "t.yaml")
            Issue.record("parsed")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "t.yaml:2:3: themes 'A b' and 'a-b' share the slug 'a-b'",
                    "t.yaml:3:3: a theme has no 'name': it is required",
                ])
        }
    }
}

@Suite struct UIStringsTests {
    @Test func needsTwelveMonths() {
        #expect(throws: BuildFailure.self) { try UIStrings.parse("months: [jan]\nnews: Nieuws\n", path: "nl.yaml") }
    }

    @Test func missingLabelsShowTheirKey() throws {
        let months = (1...12).map { "m\($0)" }.joined(separator: ", ")
        let days = (1...7).map { "d\($0)" }.joined(separator: ", ")
        let strings = try UIStrings.parse("months: [\(months)]\nweekdays: [\(days)]\nnews: Nieuws\n", path: "nl.yaml")
        #expect(strings["news"] == "Nieuws")
        #expect(strings["nope"] == "nope")
    }
}
