import Foundation
import Testing

@testable import VeenbrandKit

/// A shard's fingerprint leaves out only what Pagefind leaves out: the content of ignored
/// elements it reads nothing from. Anything it might read, or markup whose end is not certain,
/// counts.
@Suite struct SearchedBytesTests {
    func fingerprint(_ page: String) -> Fingerprint {
        var fingerprint = Fingerprint()
        Array(page.utf8).withUnsafeBufferPointer { SearchedBytes.fingerprint(of: $0, into: &fingerprint) }
        return fingerprint
    }

    /// A page with `ignored` as the content of an ignored `<section>`, and `text` in its body.
    func page(_ ignored: String, text: String = "Tekst.", tag: String = "section") -> String {
        """
        <html lang="nl"><body><article data-pagefind-body><h1>Titel</h1><p>\(text)</p>
        <\(tag) class="more-about" data-pagefind-ignore>\(ignored)</\(tag)>
        <p>Daarna.</p></article></body></html>
        """
    }

    static let related =
        #"<h2 id="_more-title">Meer</h2><ul class="plain"><li><a href="/x/">Een</a> <time>1 mei</time></li></ul>"#

    @Test func whatPagefindDropsDoesNotCount() {
        let other = Self.related.replacingOccurrences(of: "Een", with: "Een ander artikel <em>nu</em>")
        #expect(fingerprint(page(Self.related)) == fingerprint(page(other)))
        let heading = #"<h2 id="_more-title">Meer</h2>"#
        #expect(fingerprint(page(Self.related)) == fingerprint(page(heading + "<div><p>open p<p>nog een</div>")))
        #expect(fingerprint(page("", tag: "div")) == fingerprint(page("<span>x</span><br>", tag: "div")))
    }

    @Test func theTextAroundIgnoredContentCounts() {
        #expect(fingerprint(page(Self.related)) != fingerprint(page(Self.related, text: "Andere tekst.")))
        let after = page(Self.related).replacingOccurrences(of: "Daarna.", with: "Later.")
        #expect(fingerprint(page(Self.related)) != fingerprint(after))
        #expect(fingerprint(page("x", tag: "section")) != fingerprint(page("x", tag: "div")))
    }

    /// Each ignored content here has something Pagefind reads, or an end that is not certain:
    /// changing a word in it changes the fingerprint.
    @Test(arguments: [
        #"<span data-pagefind-meta="thema">woord</span>"#, #"<span data-pagefind-filter="t">woord</span>"#,
        "<h1>woord</h1>", #"<img src="/woord.jpg" alt="">"#, #"<h2 id="woord">x</h2>"#,
        "<!-- woord -->", "<script>woord</script>", "<svg><text>woord</text></svg>", "<div>woord",
        "</div>woord", "<div>woord</span></div>", "<title>woord</title>", #"<h2 id="kop">woord</h2>"#,
        #"<br =x data-pagefind-meta="soort:woord">"#, "x</ <section>y</section>woord", #"<html lang="woord">"#,
    ])
    func contentPagefindMayReadCounts(ignored: String) {
        let changed = ignored.replacingOccurrences(of: "woord", with: "ander")
        #expect(fingerprint(page(ignored)) != fingerprint(page(changed)))
    }

    /// Only an element with a certain end, marked by the attribute itself, is left out.
    @Test(arguments: [
        #"<p data-pagefind-ignore>woord</p><p>x</p>"#, #"<li data-pagefind-ignore>woord</li>"#,
        #"<div title="data-pagefind-ignore">woord</div>"#, #"<div data-pagefind-ignored>woord</div>"#,
        #"<div data-pagefind-ignore data-pagefind-meta="x">woord</div>"#, "<code>data-pagefind-ignore</code>woord",
        #"<div data-pagefind-ignore>woord"#, #"<div data-pagefind-ignore="all">woord<div>x</div>"#,
        // A marker in a comment or an attribute's value is none (the review's cases).
        "<div>\n<!-- <div data-pagefind-ignore> -->\n<p>Het woord.</p>\n</div>",
        #"<span class="a"><img alt="<span data-pagefind-ignore>"> woord</span>"#,
        #"<script>let s = "<div data-pagefind-ignore>"</script><div>woord</div>"#,
        // An ignored inline element passes its parent's anchor on to its inline children.
        #"<h2 id="kop">Kop <span data-pagefind-ignore><em>woord</em></span></h2>"#,
        #"<p id="kop"><time data-pagefind-ignore><a href="/">woord</a></time></p>"#,
    ])
    func otherMarkupCounts(markup: String) {
        let changed = markup.replacingOccurrences(of: "woord", with: "ander")
        let wrap = { (inner: String) in "<html><body><article data-pagefind-body>\(inner)</article></body></html>" }
        #expect(fingerprint(wrap(markup)) != fingerprint(wrap(changed)))
    }

    /// A page full of ignored elements that never end is read in time (each is read up to the
    /// next), and counts.
    @Test func aPageFullOfMarkersIsReadInBoundedTime() {
        let markers = String(repeating: "<div data-pagefind-ignore><p>x", count: 20_000)
        let started = ContinuousClock.now
        #expect(fingerprint(page(markers + "woord")) != fingerprint(page(markers + "ander")))
        #expect(ContinuousClock.now - started < .seconds(30), "not the page's length times its markers")
    }

    /// A page marks its body for Pagefind with the attribute, not with its letters in a text.
    @Test func aPageMarksItsBodyWithTheAttribute() {
        let marks = { (page: String) in
            Array(page.utf8).withUnsafeBufferPointer { SearchedBytes.marksBody($0) }
        }
        #expect(marks(#"<main><article class="a" data-pagefind-body style="x">Tekst</article></main>"#))
        #expect(marks("<div\ndata-pagefind-body>Tekst</div>"))
        #expect(!marks("<p>Zet data-pagefind-body op het artikel.</p>"))
        #expect(!marks(#"<p title="data-pagefind-body">Tekst</p>"#))
        #expect(!marks("<code>&lt;main data-pagefind-body&gt;</code>"))
        #expect(!marks("<!-- <main data-pagefind-body> --><main>Tekst</main>"))
        #expect(!marks(#"<script>const s = "<main data-pagefind-body>";</script><main>Tekst</main>"#))
        #expect(marks(#"<main x-data="{ open: a > b }" data-pagefind-body>Tekst</main>"#))
        #expect(marks(#"<main @click="() => open = !open" data-pagefind-body>Tekst</main>"#))
    }

    /// What the shard fingerprint assumes, shown with Pagefind itself: an article page whose
    /// "Meer over dit onderwerp" block lists another title is indexed byte for byte the same.
    @Test func pagefindIndexesAPageTheSameWhateverItsIgnoredContent() throws {
        let pagefind = try #require(SearchIndexer.installed(), "Pagefind is installed by the test command")
        let site = try TestSite(fixture: "sites/basic")
        defer { site.cleanUp() }
        try Site.build(BuildOptions(source: site.root, publication: Publication(now: TestSite.now)))
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: site.output.appendingPathComponent("nieuws").path)
        let page = try #require(
            try articles.sorted().lazy.map {
                try String(
                    contentsOf: site.output.appendingPathComponent("nieuws/\($0)/index.html"), encoding: .utf8)
            }.first { $0.contains(#"class="plain related-list""#) })
        let list = try #require(page.range(of: #"class="plain related-list">"#))
        let changed = page.replacingCharacters(in: list.upperBound..<list.upperBound, with: "<li>Nieuw</li>")
        #expect(fingerprint(changed) == fingerprint(page))
        var trees: [[String: Data]] = []
        for (name, text) in [("een", page), ("twee", changed)] {
            let folder = site.root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("artikel"), withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("artikel/index.html"), atomically: true, encoding: .utf8)
            try pagefind.index(site: folder.path)
            trees.append(TestSite.tree(at: folder.appendingPathComponent("pagefind")))
        }
        #expect(trees[0].count > 3)
        #expect(trees[0] == trees[1])
    }
}
