import Foundation
import Testing
import Yams

@testable import VeenbrandKit

/// Each kind of document declares its fields once; the parser, the fingerprint and cache, the
/// template values and the CMS are read from that list. These tests hold each of them to it.
@Suite struct FieldTablesTests {
    static let catalog = TopicCatalog(topics: [Topic(name: "A", slug: Slug("a")!, description: "", order: 0)])

    /// A value of each type, as front matter writes it.
    static func sample(_ field: Field) -> String? {
        switch field.type {
        case .text: "Tekst"
        case .summary: "Een samenvatting."
        case .date: "2021-10-05"
        case .moment: field.name == "end" ? "2021-10-07T21:15:00+02:00" : "2021-10-07T20:30:00+02:00"
        case .flag: "true"
        case .position: "2"
        case .webAddress: "https://example.org/x"
        case .topics: "[A]"
        case .keywords: "[Ouders, Naasten]"
        case .aliases: "[/oud/]"
        case .picture: "/media/foto.jpg"
        case .pictureText: "Een foto"
        case .slug: "eigen-adres"
        case .note: "Van de oude site."
        }
    }

    /// A document of `kind` with every field written.
    static func complete(_ kind: DocumentKind) -> String {
        "---\n"
            + kind.fields.compactMap { field in sample(field).map { "\(field.name): \($0)" } }.joined(separator: "\n")
            + "\n---\nTekst.\n"
    }

    @Test(arguments: Kinds.documents.map(\.folder))
    func theParserReadsEveryField(folder: String) throws {
        let kind = Kinds.documents.first { $0.folder == folder }!
        let document = try DocumentParser.document(
            Self.complete(kind), path: "\(kind.folder)/x.md", kind: kind, catalog: Self.catalog)
        for field in kind.fields where field.type != .slug {
            #expect(document.entry(field) != nil, "\(kind.noun): '\(field.name)' was not read")
        }
        #expect(document.slug.value == "eigen-adres")
    }

    @Test(arguments: Kinds.documents.map(\.folder))
    func everyFieldChangesTheFingerprint(folder: String) throws {
        let kind = Kinds.documents.first { $0.folder == folder }!
        let document = try DocumentParser.document(
            Self.complete(kind), path: "\(kind.folder)/x.md", kind: kind, catalog: Self.catalog)
        for (position, field) in kind.fields.enumerated() where field.type != .slug {
            var fields = document.fields
            fields.entries[position] = nil
            let changed = Document(
                kind: kind, path: document.path, slug: document.slug, slugLocation: document.slugLocation,
                fields: fields, summary: document.summary, body: document.body)
            #expect(changed.fingerprint != document.fingerprint, "\(kind.noun): '\(field.name)' is not fingerprinted")
        }
    }

    /// Every field templates see is a value of the kind's documents, by its name.
    @Test(arguments: Kinds.documents.map(\.folder))
    func everyShownFieldIsATemplateValue(folder: String) {
        let kind = Kinds.documents.first { $0.folder == folder }!
        let names = Set(DocumentValues.members(of: kind).map(\.name))
        for field in kind.fields where field.inTemplates {
            #expect(names.contains(field.name), "\(kind.noun): '\(field.name)' does not reach the templates")
        }
        for field in kind.fields where !field.inTemplates {
            #expect(!names.contains(field.name), "\(kind.noun): '\(field.name)' is not for templates")
        }
    }

    /// The CMS offers each kind's fields, in its order, with a Dutch label, then the text.
    @Test func theCMSOffersEveryFieldOfEveryKind() throws {
        for kind in Kinds.documents {
            let collection = try #require(
                try Yams.load(yaml: try Yams.serialize(node: CMSAdmin.collection(kind, topics: ["A"])))
                    as? [String: Any])
            let fields = try #require(collection["fields"] as? [[String: Any]])
            #expect(fields.compactMap { $0["name"] as? String } == kind.fields.map(\.name) + ["body"])
            #expect(fields.allSatisfy { !($0["label"] as? String ?? "").isEmpty })
            #expect(collection["folder"] as? String == kind.folder)
        }
    }

    /// What the CMS writes for a new entry when the editor fills in only what is required and
    /// leaves every other field at its default, or empty: the build takes it.
    @Test(arguments: Kinds.documents.map(\.folder), [false, true])
    func aDocumentMadeFromTheCMSDefaultsParses(folder: String, emptyFieldsWritten: Bool) throws {
        let kind = Kinds.documents.first { $0.folder == folder }!
        let collection = try #require(
            try Yams.load(yaml: try Yams.serialize(node: CMSAdmin.collection(kind, topics: ["A"]))) as? [String: Any])
        var lines: [String] = []
        for field in try #require(collection["fields"] as? [[String: Any]]) {
            let name = field["name"] as! String
            guard name != "body", let declared = kind.fields.first(where: { $0.name == name }) else { continue }
            if let value = field["default"] {
                lines.append("\(name): \(value)")
            } else if field["required"] as? Bool == true || (kind == .agenda && name == "location") {
                lines.append("\(name): \(Self.sample(declared)!)")
            } else if emptyFieldsWritten, declared.type != .pictureText {
                lines.append("\(name): \"\"")
            }
        }
        let text = "---\n" + lines.joined(separator: "\n") + "\n---\nTekst.\n"
        #expect(throws: Never.self, "\(text)") {
            _ = try DocumentParser.document(text, path: "\(kind.folder)/x.md", kind: kind, catalog: Self.catalog)
        }
    }
}
