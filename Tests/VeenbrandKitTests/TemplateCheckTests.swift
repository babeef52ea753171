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
        let found = try problems(templates)
        #expect(
            found == [
                "theme/templates/item.mustache:1:51: there is no value 'titel' here",
                "theme/templates/item.mustache:1:1: '{{#items}}' inside '{{#items}}' repeats the whole list for "
                    + "each of its items (and again within, without end): close the outer section first",
            ], "\(found)")
    }

    /// A list opened inside itself, directly or through a partial or another list, renders the
    /// whole list for each of its items, and again within: an error at the inner tag. Lists
    /// found elsewhere (an item's own list) are fine.
    @Test func aListInsideItselfIsAnError() throws {
        let message = "'{{#items}}' inside '{{#items}}' repeats the whole list for each of its items"
        let twelve =
            String(repeating: "{{#items}}", count: 12) + "{{title}}" + String(repeating: "{{/items}}", count: 12)
        #expect(try problems(["page": twelve]).map { $0.contains(message) } == [true])
        #expect(try problems(["page": "{{#items}}{{>row}}{{/items}}", "row": "{{#items}}x{{/items}}"]).count == 1)
        #expect(try problems(["page": "{{#items}}{{title}}{{/items}}{{#items}}{{title}}{{/items}}"]).isEmpty)
        // Reached by another name: through the object that holds it.
        let owner = TemplateShape("a page", [.object("page", Self.root)])
        let files = [
            "page": "{{#page.items}}{{#page}}{{#items}}x{{/items}}{{/page}}{{/page.items}}",
            "other": "{{#page}}{{#items}}{{#page}}{{#items}}x{{/items}}{{/page}}{{/items}}{{/page}}",
        ].sorted { $0.key < $1.key }.map { SourceFile(path: "\(Self.folder)/\($0.key).mustache", text: $0.value) }
        let set = try TemplateSet.compile(files, folder: Self.folder, required: ["page"])
        let found = set.check([TemplateUse("page", owner), TemplateUse("other", owner)], labels: [])
        #expect(found.count == 2 && found.allSatisfy { $0.message.contains(message) }, "\(found)")
        // A partial checked outside a list is checked again inside one.
        #expect(
            try problems(["page": "{{>row}}{{#items}}{{>row}}{{/items}}", "row": "{{#items}}x{{/items}}"]).count == 1)
    }

    /// The renderer stops a render that goes past a million list items: nested lists the check
    /// cannot see as the same still end.
    @Test func theRendererCountsListItems() throws {
        let items = TemplateValue.list(Array(repeating: .text("x"), count: 1000))
        let shape = TemplateShape("a page", [.texts("a"), .texts("b"), .texts("c")])
        let library = TemplateLibrary(templates: ["page": try Template("{{#a}}{{#b}}{{#c}}.{{/c}}{{/b}}{{/a}}")])
        let started = ContinuousClock.now
        let output = library.render("page", value: shape.record(["a": items, "b": items, "c": items]))
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(output?.count ?? 0 < TemplateRenderer.maximumListItems)
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
