import Foundation
import Testing

@testable import VeenbrandKit

/// The official Mustache specification's tests (Tests/Fixtures/mustache-spec, the upstream
/// files whole), every one, rendered by Veenbrand's template engine.
@Suite struct TemplateSpecTests {
    struct Spec: Decodable {
        let tests: [Case]
    }

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var module = ""
        let name: String
        let data: JSON
        let template: String
        let partials: [String: String]?
        let expected: String

        var testDescription: String { "\(module): \(name)" }

        enum CodingKeys: CodingKey { case name, data, template, partials, expected }
    }

    static let modules = ["interpolation", "sections", "inverted", "partials", "comments", "delimiters", "inheritance"]

    static let cases: [Case] = modules.flatMap { module -> [Case] in
        let url = TestSite.fixtures.appendingPathComponent("mustache-spec/\(module).json")
        guard let data = try? Data(contentsOf: url), let spec = try? JSONDecoder().decode(Spec.self, from: data) else {
            return []
        }
        return spec.tests.map {
            var test = $0
            test.module = module
            return test
        }
    }

    @Test func everyModuleIsThere() {
        for module in Self.modules { #expect(Self.cases.contains { $0.module == module }, "\(module) not read") }
        #expect(Self.cases.count == 163)
    }

    @Test(arguments: cases) func rendersAsTheSpecificationSays(_ test: Case) throws {
        var templates = try (test.partials ?? [:]).mapValues { try Template($0) }
        templates[""] = try Template(test.template)
        let library = TemplateLibrary(templates: templates)
        #expect(library.render("", value: test.data.value) == test.expected)
    }
}

/// A JSON value of a test's data.
indirect enum JSON: Decodable, Sendable {
    case null
    case flag(Bool)
    case number(String)
    case text(String)
    case list([JSON])
    case object([String: JSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .number(String(number))
        } else if let number = try? container.decode(Double.self) {
            self = .number(String(number))
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let list = try? container.decode([JSON].self) {
            self = .list(list)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    /// As templates see it: `null` is a name that is there without a value.
    var value: TemplateValue {
        switch self {
        case .null: .nothing
        case .flag(let flag): .flag(flag)
        case .number(let text), .text(let text): .text(text)
        case .list(let items): .list(items.map(\.value))
        case .object(let fields): .object(SpecData(fields))
        }
    }
}

/// A JSON object as templates see it: its keys.
private final class SpecData: TemplateParent {
    let fields: [String: JSON]

    init(_ fields: [String: JSON]) { self.fields = fields }

    func child(named name: String) -> TemplateValue? { fields[name]?.value }
}
