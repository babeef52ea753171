import CFuzzDriver

@testable import VeenbrandKit

let renderer = MarkdownRenderer(unsafeHTML: false, base: SiteBase(url: "https://example.org/sub/"))

/// Any bytes as the Markdown body of an article, through everything a build does with a body:
/// the limits, the summary, the page and feed HTML. Run with a time limit per input
/// (`scripts/fuzz` passes `-timeout`), so that a body that makes cmark-gfm slow is found like
/// a crash. What is rendered stays within a bounded multiple of the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBody(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let body = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let text = "---\ntitle: Fuzz\ndate: 2021-01-01\n---\n" + body
    guard let parsed = try? DocumentParser.parse(text, path: "content/nieuws/fuzz.md", kind: .articles, catalog: nil)
    else { return 0 }
    let document = Parsing.index(parsed, stamp: nil)
    precondition(!document.summary.contains("\n"), "a summary on more than one line")
    let rendered = renderer.render(
        parsed.body, path: parsed.path, firstLine: parsed.bodyFirstLine, page: SiteAddresses().document(document),
        feedHTML: true)
    let limit = 200 * (count + 1024)
    precondition(rendered.html.utf8.count < limit, "\(rendered.html.utf8.count) bytes of HTML from \(count)")
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzBody_main`; this hands control to
/// libFuzzer's driver, as its own `main` would.
@_cdecl("FuzzBody_main")
public func driverMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzBody(data, size) }
}
