import CFuzzDriver

@testable import VeenbrandKit

/// Any text: a slug is lowercase ASCII letters, digits and single inner dashes, stable when
/// made again, and never a path.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSlug(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = FrontMatterReader.leavesFolder(text)
    guard let slug = Slug(text) else { return 0 }
    let value = slug.value
    precondition(!value.isEmpty)
    precondition(
        value.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D },
        "slug '\(value)' has characters other than a-z, 0-9 and '-'")
    precondition(
        !value.hasPrefix("-") && !value.hasSuffix("-") && !value.contains("--"), "slug '\(value)' has stray dashes")
    precondition(Slug(value)?.value == value, "making a slug of '\(value)' changes it")
    precondition(!FrontMatterReader.leavesFolder(value), "slug '\(value)' leaves its folder")
    _ = SiteAddresses().document(.articles, slug)
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzSlug_main`; this hands control to
/// libFuzzer's driver, as its own `main` would.
@_cdecl("FuzzSlug_main")
public func driverMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzSlug(data, size) }
}
