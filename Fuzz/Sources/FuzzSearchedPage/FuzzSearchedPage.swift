import CFuzzDriver

@testable import VeenbrandKit

/// Any page (an article's raw HTML ends up in one): reading what Pagefind reads of it ends, in
/// time, gives the same fingerprint every time, and leaves nothing out of a page that marks
/// nothing as ignored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchedPage(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let page = UnsafeBufferPointer(start: start?.assumingMemoryBound(to: UInt8.self), count: count)
    var first = Fingerprint()
    SearchedBytes.fingerprint(of: page, into: &first)
    var again = Fingerprint()
    SearchedBytes.fingerprint(of: page, into: &again)
    precondition(first == again, "the fingerprint of one page changed")
    if ByteSearch.offset(of: Array("data-pagefind-ignore".utf8), in: page) == nil {
        var whole = Fingerprint()
        whole.add(bytes: page)
        precondition(first == whole, "something was left out of a page with nothing ignored")
    }
    _ = SearchedBytes.marksBody(page)
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzSearchedPage_main`; this hands control
/// to libFuzzer's driver, as its own `main` would.
@_cdecl("FuzzSearchedPage_main")
public func driverMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzSearchedPage(data, size) }
}
