import Foundation

/// The keywords of one first letter, for the keyword index's A–Z.
final class LetterGroup: Sendable, TemplateParent {
    let letter: String
    /// The group's anchor on the page, `letter-a`.
    let id: String
    let terms: [TermView]

    init(letter: String, terms: [TermView]) {
        self.letter = letter
        id = "letter-" + (letter == "#" ? "0" : letter.lowercased())
        self.terms = terms
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "letter": .text(letter)
        case "id": .text(id)
        case "terms": .objects(terms)
        default: nil
        }
    }

    /// `terms` under their first letter (`É` under E; digits and signs under `#`, first), each
    /// group and the terms in it in alphabetical order.
    static func groups(_ terms: [TermView]) -> [LetterGroup] {
        var byLetter: [String: [TermView]] = [:]
        for term in terms { byLetter[letter(of: term.name), default: []].append(term) }
        return byLetter.keys.sorted().map { letter in
            let sorted = (byLetter[letter] ?? []).sorted { (folded($0.name), $0.name) < (folded($1.name), $1.name) }
            return LetterGroup(letter: letter, terms: sorted)
        }
    }

    static func letter(of name: String) -> String {
        guard let first = folded(name).first, first.isASCII, first.isLetter else { return "#" }
        return String(first).uppercased()
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// The keywords index: the most used keywords first, then all of them from A to Z under
/// letter headings, with a row of the letters to jump by.
final class KeywordIndexContext: PageContext, @unchecked Sendable {
    /// How many keywords the "most used" list shows (only when there are more than these).
    static let popularCount = 10

    let popular: [TermView]
    let groups: [LetterGroup]
    let count: Int

    init(_ basics: PageBasics, page: PageMeta, terms: [TermView]) {
        count = terms.count
        popular =
            terms.count > Self.popularCount
            ? Array(terms.sorted { ($1.count, $0.name) < ($0.count, $1.name) }.prefix(Self.popularCount)) : []
        groups = LetterGroup.groups(terms)
        super.init(basics, page: page)
    }

    override func child(named name: String) -> TemplateValue? {
        switch name {
        case "popular": .objects(popular)
        case "hasPopular": .flag(!popular.isEmpty)
        case "groups": .objects(groups)
        case "count": .number(count)
        default: super.child(named: name)
        }
    }
}
