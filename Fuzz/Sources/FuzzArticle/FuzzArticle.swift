import CFuzzDriver
import Foundation

@testable import VeenbrandKit

let catalog = TopicCatalog(topics: [
    Topic(name: "Opstarten beweging", slug: Slug("opstart")!, description: "", order: 0),
    Topic(name: "Doe je mee?", slug: Slug("doe-je-mee")!, description: "", order: 1),
])
let renderer = MarkdownRenderer(unsafeHTML: false, base: SiteBase(url: "https://example.org/"))

/// Any bytes as a document's file, of each kind in turn (by the first byte): parsing gives a
/// document or errors that point into the file; a parsed document is indexed (a summary from its
/// first paragraph is one line) and renders, and what it renders has no script or frame (raw
/// HTML is dropped) and no `javascript:` link.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let lines = SourceText.normalize(text).split(separator: "\n", omittingEmptySubsequences: false).count
    let kinds: [DocumentKind] = [.articles, .standalonePages, .agenda]
    let kind = kinds[Int(count > 0 ? start!.load(as: UInt8.self) : 0) % kinds.count]
    let path = "\(kind.folder)/fuzz.md"
    let parsed: ParsedDocument
    do {
        parsed = try DocumentParser.parse(text, path: path, kind: kind, catalog: catalog)
    } catch {
        precondition(!error.errors.isEmpty, "a failure without errors")
        for problem in error.errors {
            precondition(problem.location.path == path, "error in another file: \(problem)")
            precondition(
                problem.location.line >= 1 && problem.location.line <= lines + 1 && problem.location.column >= 1,
                "error outside the file's \(lines) lines: \(problem)")
            // The error page's excerpt of the file around the error, and the advice's second line.
            let normalized = SourceText.normalize(text)
            _ = SourceExcerpt(text: normalized, line: problem.location.line, column: problem.location.column)
            if let line = problem.advice?.line {
                precondition(line >= 1 && line <= lines + 1, "advice outside the file's \(lines) lines: \(problem)")
                _ = SourceExcerpt(text: normalized, line: line, column: 1)
            }
        }
        return 0
    }
    precondition(!FrontMatterReader.leavesFolder(parsed.slug.value))
    let document = Parsing.index(parsed, stamp: nil)
    precondition(parsed.summary != nil || !document.summary.contains("\n"), "a first paragraph on more than one line")
    let rendered = renderer.render(
        parsed.body, path: path, firstLine: parsed.bodyFirstLine, page: SiteAddresses().document(document),
        feedHTML: true)
    for html in [rendered.html, rendered.feedHTML ?? ""] {
        let lower = html.lowercased()
        precondition(!lower.contains("<script") && !lower.contains("<iframe"), "raw HTML in the rendered page")
        precondition(
            !lower.contains("href=\"javascript:") && !lower.contains("src=\"javascript:"), "a javascript: link")
    }
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzArticle_main`; this hands control to
/// libFuzzer's driver, as its own `main` would.
@_cdecl("FuzzArticle_main")
public func driverMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzArticle(data, size) }
}
