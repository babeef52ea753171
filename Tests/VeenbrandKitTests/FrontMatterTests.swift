import Testing

@testable import VeenbrandKit

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithLineNumbers() throws {
        let parts = try FrontMatter.split("---\ntitle: A\ndate: 2021-01-01\n---\n\nBody\n", path: "a.md")
        #expect(parts.yaml == "title: A\ndate: 2021-01-01\n")
        #expect(parts.yamlFirstLine == 2)
        #expect(parts.body == "\nBody\n")
        #expect(parts.bodyFirstLine == 5)
    }

    @Test func closingDotsAndTrailingSpacesAreAccepted() throws {
        let parts = try FrontMatter.split("---  \ntitle: A\n...\nBody", path: "a.md")
        #expect(parts.body == "Body")
    }

    @Test func aThematicBreakInTheBodyIsNotFrontMatter() throws {
        let parts = try FrontMatter.split("---\ntitle: A\n---\nOne\n\n---\n\nTwo", path: "a.md")
        #expect(parts.body == "One\n\n---\n\nTwo")
    }

    @Test func problemsAreReportedAtTheStart() {
        let unclosed = #expect(throws: BuildError.self) { try FrontMatter.split("---\ntitle: A\n", path: "a.md") }
        #expect(unclosed?.location == SourceLocation(path: "a.md", line: 1, column: 1))
        #expect(unclosed?.message.contains("are never closed with a '---' line: add one before line 3") == true)
        #expect(unclosed?.advice?.line == 3)
        #expect(throws: BuildError.self) { try FrontMatter.split("title: A\n", path: "a.md") }
        #expect(throws: BuildError.self) { try FrontMatter.split("  \n", path: "a.md") }
    }

    @Test func byteOrderMarkAndCRLFAreNormalised() {
        #expect(SourceText.normalize("\u{FEFF}---\r\ntitle: A\r\n---\r\n") == "---\ntitle: A\n---\n")
        #expect(SourceText.normalize("a\rb") == "a\nb")
    }
}
