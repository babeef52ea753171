import Testing

@testable import VeenbrandKit

/// Every name a template looks up must be one the values it is rendered with can have: a typo
/// is an error at its line and column, before anything is rendered; a value that may be absent
/// renders nothing.
@Suite struct TemplateCheckTests {
    static let folder = "theme/templates"
    static let item = TemplateShape("an item", [.text("title"), .text("author"), .object("date", .date)])
    static let root = TemplateShape(
        "the test page", [.text("name"), .list("items", item), .labels("t"), .flag("isShown")])

    func problems(_ templates: [String: String], labels: Set<String> = ["more"]) throws -> [String] {
        let files = templates.sorted { $0.key < $1.key }.map {
            SourceFile(path: "\(Self.folder)/\($0.key).mustache", text: $0.value)
        }
        let set = try TemplateSet.compile(files, folder: Self.folder, required: ["page"])
        return set.check([TemplateUse("page", Self.root)], labels: labels).map(\.description)
    }

    @Test func aNameNoValueHasIsAnErrorAtItsTag() throws {
        #expect(
            try problems(["page": "<h1>{{name}}</h1>\n<p>{{nmae}}</p>\n"]) == [
                "theme/templates/page.mustache:2:4: there is no value 'nmae' here; did you mean 'name'?"
            ])
    }

    @Test func namesInSectionsAreLookedUpInWhatTheSectionOpensThenBelow() throws {
        let template = "{{#items}}{{title}} {{date.long}} {{name}} {{t.more}}{{/items}}"
        #expect(try problems(["page": template]).isEmpty)
        #expect(
            try problems(["page": "{{#items}}\n  {{date.lnog}}{{/items}}"]) == [
                "theme/templates/page.mustache:2:3: a date has no value 'lnog'; did you mean 'long'?"
            ])
    }

    @Test func uiStringsAreCheckedAgainstTheLanguageFile() throws {
        #expect(
            try problems(["page": "{{t.more}} {{t.mroe}}"]) == [
                "theme/templates/page.mustache:1:12: there is no UI string 'mroe' in the theme's language file; "
                    + "did you mean 'more'?"
            ])
    }

    @Test func partialsAndBlocksAreCheckedWhereTheyAreUsed() throws {
        let templates = [
            "page": "{{<layout}}{{$main}}{{#items}}{{>item}}{{/items}}{{/main}}{{/layout}}",
            "layout": "<main>{{$main}}{{/main}}</main>{{name}}",
            "item": "{{title}}{{titel}}",
        ]
        #expect(
            try problems(templates) == [
                "theme/templates/item.mustache:1:10: there is no value 'titel' here; did you mean 'title'?"
            ])
    }

    @Test func templatesThatContainThemselvesEndAsTheyDoWhenRendered() throws {
        let templates = [
            "page": "{{<page}}{{$a}}{{name}}{{/a}}{{/page}}{{>item}}",
            "item": "{{#items}}{{>item}}{{/items}}{{#t}}{{>item}}{{/t}}{{titel}}",
        ]
        #expect(
            try problems(templates) == [
                "theme/templates/item.mustache:1:51: there is no value 'titel' here"
            ])
    }

    @Test func eachUseIsCheckedWithinItsOwnLimits() throws {
        // A template that contains itself twice reaches the renderer's limit of expansions; the
        // template checked after it is still checked in full.
        let files = [
            "page": "{{name}}", "other": "{{nmae}}", "twice": "{{<twice}}{{/twice}}{{<twice}}{{/twice}}",
        ].sorted { $0.key < $1.key }.map { SourceFile(path: "\(Self.folder)/\($0.key).mustache", text: $0.value) }
        let set = try TemplateSet.compile(files, folder: Self.folder, required: ["page"])
        let uses = [TemplateUse("twice", Self.root), TemplateUse("other", Self.root)]
        #expect(
            set.check(uses, labels: []).map(\.description) == [
                "theme/templates/other.mustache:1:1: there is no value 'nmae' here; did you mean 'name'?"
            ])
    }

    @Test func anAbsentValueRendersNothingAndEndsTheLookup() throws {
        let template = try Template("{{#items}}[{{author}}]{{/items}}")
        let item = Self.item.record(["title": .text("A")])
        let root = Self.root.record(["name": .text("N"), "items": .list([item])])
        let library = TemplateLibrary(templates: ["page": template])
        #expect(library.render("page", value: root) == "[]")
    }
}
