import Testing

@testable import VeenbrandKit

@Suite struct ByteSearchTests {
    @Test func findsAndReplacesByTheBytes() {
        #expect(ByteSearch.find(Array("ab".utf8), in: Array("xaab".utf8)) == 2)
        #expect(ByteSearch.find(Array("ab".utf8), in: Array("xaab".utf8), from: 3) == nil)
        #expect(ByteSearch.find(Array("ab".utf8), in: Array("a".utf8)) == nil)
        #expect(ByteSearch.contains("<table>", in: "één <table> twee"))
        #expect(!ByteSearch.contains("<table>", in: "één <tabel> twee"))
        #expect(ByteSearch.replacing("<t>", with: "[ë]", in: "<t>a<t><t>é<t") == "[ë]a[ë][ë]é<t")
        #expect(ByteSearch.replacing("x", with: "y", in: "") == "")
        // A quote followed by a combining mark is still found: Foundation's search would not.
        let marked = "a\"\u{301}b"
        #expect(ByteSearch.contains("\"", in: marked))
    }
}
