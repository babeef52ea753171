import CFuzzDriver

@testable import VeenbrandKit

/// Any bytes: splitting never crashes, and a split gives consistent line numbers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let normalized = SourceText.normalize(text)
    precondition(!normalized.contains("\r\n"), "CRLF survived normalising")
    guard let parts = try? FrontMatter.split(normalized, path: "fuzz.md") else { return 0 }
    let lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).count
    precondition(parts.yamlFirstLine == 2, "the YAML starts after the opening '---'")
    precondition(
        parts.bodyFirstLine > parts.yamlFirstLine && parts.bodyFirstLine <= lines + 1,
        "body line \(parts.bodyFirstLine) outside the file's \(lines) lines")
    precondition(normalized.hasSuffix(parts.body), "the body is not the end of the file")
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzFrontMatter_main`; this hands control to
/// libFuzzer's driver, as its own `main` would.
@_cdecl("FuzzFrontMatter_main")
public func driverMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzFrontMatter(data, size) }
}
