import Foundation
import Testing

@testable import VeenbrandKit

/// What readers of large sites get: numbered pages, an archive by year, the keywords from A to
/// Z, tables and footnotes they can reach, and a search index that matches the pages.
@Suite struct ReaderPagesTests {
    @Test func paginationLinksTheEndsAndAWindowAroundTheCurrentPage() {
        #expect(Pagination.numbers(current: 1, total: 1) == [])
        #expect(Pagination.numbers(current: 1, total: 3) == [1, 2, 3])
        #expect(Pagination.numbers(current: 1, total: 30) == [1, 2, 3, nil, 30])
        #expect(Pagination.numbers(current: 15, total: 30) == [1, nil, 13, 14, 15, 16, 17, nil, 30])
        // A gap of one page shows that page rather than "…".
        #expect(Pagination.numbers(current: 5, total: 9) == [1, 2, 3, 4, 5, 6, 7, 8, 9])
        let pagination = Pagination.value(current: 2, total: 30) { "/pagina/\($0)/" }
        #expect(pagination["previousURL"]?.text == "/pagina/1/" && pagination["nextURL"]?.text == "/pagina/3/")
        let pages = pagination["pages"]?.items ?? []
        #expect(pages.filter { $0["isCurrent"]?.isTruthy == true }.map { $0["number"]?.text } == ["2"])
        #expect(pages.last?["url"]?.text == "/pagina/30/")
        // A phone shows first, previous, "Pagina 2 van 30", next and last.
        #expect(pagination["firstURL"]?.text == "/pagina/1/" && pagination["lastURL"]?.text == "/pagina/30/")
        let first = Pagination.value(current: 1, total: 30) { "/pagina/\($0)/" }
        let last = Pagination.value(current: 30, total: 30) { "/pagina/\($0)/" }
        #expect(first["firstURL"]?.text == nil && first["lastURL"]?.text == "/pagina/30/")
        #expect(last["lastURL"]?.text == nil && last["firstURL"]?.text == "/pagina/1/")
    }

    @Test func keywordsAreGroupedByTheirFirstLetter() {
        let terms = ["ouders", "Één", "Bestuurders", "éénoudergezin", "2021", "bestuur"].map {
            Term(name: $0, slug: Slug($0)!, description: "", articles: [0])
        }
        let groups = KeywordIndex.groups(terms)
        #expect(groups.map(\.letter) == ["#", "B", "E", "O"])
        #expect(groups[1].terms.map(\.name) == ["bestuur", "Bestuurders"])
        #expect(groups[2].terms.map(\.name) == ["Één", "éénoudergezin"])
    }

    @Test func theArchiveHasAPageForEveryYearWithItsArticlesByMonth() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try site.write("content/nieuws/oud.md", "---\ntitle: Oud bericht\ndate: 2019-03-04\n---\n\nTekst.\n")
        try site.build()
        let index = try String(contentsOf: site.output.appendingPathComponent("archief/index.html"), encoding: .utf8)
        #expect(index.contains("<li><a href=\"/archief/2019/\">2019</a> <span class=\"count\">1 artikel</span></li>"))
        let year = try String(
            contentsOf: site.output.appendingPathComponent("archief/2019/index.html"), encoding: .utf8)
        #expect(year.contains("<h1>Archief 2019</h1>"))
        #expect(year.contains("<h2>maart</h2>"))
        #expect(year.contains("<a href=\"/nieuws/oud/\">Oud bericht</a>"))
        #expect(year.contains("rel=\"prev\">← 2020</a>"))
    }

    @Test func tablesScrollInAReachableRegionAndFootnotesAreHeadedInDutch() {
        let labels = BodyLabels(
            strings: UIStrings(
                labels: ["tableLabel": "Tabel", "footnotesTitle": "Voetnoten", "footnoteBack": "Terug"],
                monthNames: []))
        let renderer = MarkdownRenderer(
            unsafeHTML: false, base: SiteBase(url: "https://example.org/"), labels: labels)
        let body = "| a | b |\n|:-|-:|\n| 1 | 2 |\n\nTekst[^1].\n\n[^1]: Noot.\n"
        let rendered = renderer.render(
            body[...], path: "a.md", firstLine: 1, page: .folder("nieuws", "a"), feedHTML: true)
        #expect(
            rendered.html.contains(
                "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel: a, b\"><table>"))
        #expect(rendered.html.contains("<th style=\"text-align: left\">a</th>") && !rendered.html.contains("align=\""))
        #expect(rendered.html.contains("<h2 class=\"footnotes-title\">Voetnoten</h2>"))
        #expect(rendered.html.contains("aria-label=\"Terug\"") && !rendered.html.contains("Back to content"))
        // In a feed, the footnote links lead into the article's page.
        #expect(rendered.feedHTML?.contains("href=\"https://example.org/nieuws/a/#fn-1\"") == true)
        #expect(rendered.feedHTML?.contains("href=\"#") == false)
    }

    @Test func eachTableRegionIsNamedAfterItsFirstHeaderCells() {
        var labels = BodyLabels()
        labels.table = "Tabel"
        let html =
            "<p>x</p>\n<table>\n<thead>\n<tr>\n<th>Jaar</th>\n<th><em>Gesprekken</em> &amp; meer</th>\n</tr>\n"
            + "</thead>\n<tbody><tr><td>1</td><td>2</td></tr></tbody>\n</table>\n"
            + "<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n<th>C</th>\n<th>D</th>\n</tr>\n</thead>\n</table>\n"
            + "<table>\n<thead>\n<tr>\n<th></th>\n</tr>\n</thead>\n</table>\n"
        let regions = labels.apply(to: html).components(separatedBy: "role=\"region\"").dropFirst().map {
            $0.components(separatedBy: "\"")[3]
        }
        #expect(regions == ["Tabel: Jaar, Gesprekken &amp; meer", "Tabel: A, B, C, …", "Tabel"])
        #expect(labels.apply(to: html).components(separatedBy: "</table></div>").count == 4)
        #expect(labels.apply(to: html).hasPrefix("<p>x</p>\n<div class=\"table-scroll\""))
    }

    @Test func laterListPagesSayWhichPageOfHowMany() throws {
        let site = try TestSite(fixture: "sites/basic")
        try site.build()
        let second = try String(
            contentsOf: site.output.appendingPathComponent("pagina/2/index.html"), encoding: .utf8)
        #expect(second.contains("– Pagina 2 van "))
        #expect(second.contains("<li class=\"where\">Pagina 2 van "))
    }

    @Test func theArticleHeaderHasTheEditorsSummaryAsLeadAndASmallerLongTitle() throws {
        let site = try TestSite(fixture: "sites/basic")
        let title = String(repeating: "Een hele lange titel ", count: 4)
        try site.write("content/nieuws/lang.md", "---\ntitle: \(title)\ndate: 2021-10-01\n---\nEerste alinea.\n")
        try site.write(
            "content/nieuws/kort.md", "---\ntitle: Kort\ndate: 2021-10-02\nsummary: De samenvatting.\n---\nTekst.\n")
        try site.build()
        func page(_ slug: String) throws -> String {
            // Without the soft hyphens long words get (Dutch hyphenation).
            SoftHyphens.removed(
                from: try String(
                    contentsOf: site.output.appendingPathComponent("nieuws/\(slug)/index.html"), encoding: .utf8))
        }
        #expect(try page("lang").contains("<h1 class=\"long-title\">"))
        #expect(try !page("lang").contains("class=\"lead\""))  // the first paragraph is not said twice
        #expect(try page("kort").contains("<h1>Kort</h1>\n<p class=\"lead\">De samenvatting.</p>"))
    }

    @Test func headingsThatSkipALevelAreWarnedAbout() {
        let location = SourceLocation(path: "a.md", line: 3)
        let warnings = SiteChecker.headingOutline([(3, location), (2, location), (4, location), (1, location)])
        #expect(warnings.count == 3)
        #expect(warnings[0].message.contains("level 3 after level 1): write it with '##'"))
        #expect(warnings[1].message.contains("level 4 after level 2): write it with '###'"))
        #expect(warnings[2].message.contains("second title"))
        #expect(SiteChecker.headingOutline([(2, location), (3, location), (2, location)]).isEmpty)
    }

    /// A stand-in for Pagefind: a script that writes `index` into the folder it is given
    /// (`--site <site> --output-path <folder>`) from the pages it finds.
    func fakeIndexer(_ site: TestSite, failing: Bool = false) throws -> SearchIndexer {
        try SearchIndexerTests.fake(
            site,
            failing ? "echo 'no pages to index' >&2\nexit 3\n" : "mkdir -p \"$4\" && ls \"$2/nieuws\" > \"$4/index\"\n")
    }

    @Test func theSearchIndexIsMadeOnTheNewSiteBeforeItIsSwappedIn() throws {
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        var options = BuildOptions(
            source: site.root, publication: Publication(now: TestSite.now, includeDrafts: false, includeFuture: false),
            search: try fakeIndexer(site))
        try Site.build(options)
        #expect(SearchIndexerTests.written(site, "index").contains("welkom"))
        try site.remove("content/nieuws/welkom.md")
        try Site.build(options)
        #expect(!SearchIndexerTests.written(site, "index").contains("welkom"))
        // An indexer that fails fails the build, and the output stays as it was.
        let before = TestSite.tree(at: site.output)
        try site.write("content/nieuws/nieuw.md", "---\ntitle: Nieuw\ndate: 2021-05-01\n---\n\nTekst.\n")
        options.search = try fakeIndexer(site, failing: true)
        #expect(throws: BuildFailure.self) { try Site.build(options) }
        #expect(TestSite.tree(at: site.output) == before)
    }
}
