import CFuzzDriver

@testable import VeenbrandKit

/// Any text as a template: it compiles or says where it is wrong (a place in the text), what
/// compiles renders, as page and as partial and parent of itself, in bounded time, and is
/// checked against the values of a page of the site, each problem at a place in the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let template: Template
    do {
        template = try Template(text)
    } catch {
        precondition(error.offset >= 0 && error.offset <= text.utf8.count, "error outside the text")
        let (line, column) = error.position(in: text)
        precondition(line >= 1 && column >= 1)
        return 0
    }
    let library = TemplateLibrary(templates: ["main": template, "p": template, "partials/p": template])
    _ = library.render("main", FuzzValues.page)
    var check = TemplateCheck(templates: library.templates, labels: ["news", "page"])
    check.check("main", root: ArticlePages.shape)
    for problem in check.problems {
        precondition(problem.offset >= 0 && problem.offset <= text.utf8.count, "a problem outside the text")
    }
    return 0
}

/// Nested values under common names, so that sections and dotted names find something.
final class FuzzValues: TemplateParent {
    let level: Int

    init(level: Int) { self.level = level }

    static let page = FuzzValues(level: 0)

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title", "name", "url": .text("<\(name) & \"\(level)\">")
        case "yes", "draft": .flag(true)
        case "no", "isEmpty": .flag(false)
        case "items", "articles":
            level < 3 ? .objects([FuzzValues(level: level + 1), FuzzValues(level: level + 1)]) : .list([])
        case "page", "site", "article": level < 3 ? .object(FuzzValues(level: level + 1)) : nil
        case "tags": .texts(["a", "b'"])
        default: nil
        }
    }
}

/// SwiftPM links executables with `main` aliased to `FuzzTemplate_main`; this hands control to
/// libFuzzer's driver, as its own `main` would.
@_cdecl("FuzzTemplate_main")
public func driverMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzTemplate(data, size) }
}
