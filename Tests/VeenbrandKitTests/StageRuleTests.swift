import Foundation
import RegexBuilder
import Testing

/// A lower stage never calls a higher one: no file of a folder names a type declared in a
/// folder later in the pipeline. Read from the sources: the folders' order is the pipeline's,
/// with the libraries they share first.
@Suite struct StageRuleTests {
    /// Lowest first: the libraries every stage uses, the stages in the order they run, the
    /// pipeline that composes them (with its incremental layer), and what editors run on it.
    static let order = [
        "Support", "Errors", "Model", "Images", "Markdown", "Loading", "Templates", "Parsing", "Assembling",
        "Routing", "Rendering", "Writing", "Pipeline", "Checking", "Authoring",
    ]

    static let library = TestSite.repository.appendingPathComponent("Sources/VeenbrandKit")

    /// Every Swift file under `folder`, with its text free of comments and string literals.
    static func files(in folder: String) -> [(path: String, code: String)] {
        let root = library.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().compactMap { path in
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else {
                return nil
            }
            return ("\(folder)/\(path)", code(text))
        }
    }

    /// `text` without `//` comments and without what is between quotes.
    static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = ""
            var inString = false
            var previous: Character = " "
            for character in line {
                if !inString && character == "/" && previous == "/" {
                    out.removeLast()
                    break
                }
                if character == "\"" && previous != "\\" { inString.toggle() }
                if !inString && character != "\"" { out.append(character) }
                previous = character
            }
            return out
        }.joined(separator: "\n")
    }

    /// The types a file declares at its top level: `struct X`, `final class X`, `enum X`,
    /// `protocol X`, `typealias X` (types nested in others are named through them).
    static func declarations(in code: String) -> Set<String> {
        let keyword = /(?:public |private |fileprivate )?(?:final )?(?:struct|class|enum|protocol|typealias|actor)/
        let pattern = Regex {
            Anchor.startOfLine
            keyword
            OneOrMore(.whitespace)
            Capture(/[A-Z][A-Za-z0-9]*/)
        }.anchorsMatchLineEndings()
        return Set(code.matches(of: pattern).map { String($0.output.1) })
    }

    @Test func everyFolderIsInTheOrder() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.library.path).filter {
            !$0.hasPrefix(".")
        }
        #expect(Set(folders) == Set(Self.order))
    }

    @Test func noStageNamesATypeOfALaterOne() {
        var declaredIn: [String: Int] = [:]
        for (level, folder) in Self.order.enumerated() {
            for file in Self.files(in: folder) {
                for name in Self.declarations(in: file.code) {
                    declaredIn[name] = min(declaredIn[name] ?? level, level)
                }
            }
        }
        for (level, folder) in Self.order.enumerated() {
            for file in Self.files(in: folder) {
                let words = Set(file.code.matches(of: /\b[A-Z][A-Za-z0-9]*\b/).map { String($0.output) })
                let higher = words.filter { (declaredIn[$0] ?? 0) > level }.sorted()
                let named = higher.map { "\($0) (\(Self.order[declaredIn[$0]!]))" }.joined(separator: ", ")
                #expect(higher.isEmpty, "\(file.path) names \(named)")
            }
        }
    }
}
