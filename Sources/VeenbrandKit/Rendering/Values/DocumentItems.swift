import Foundation

/// Articles and events as lists show them (the home page, topic and keyword pages, the archive,
/// related articles, the agenda): made when a page first needs one and kept for the others, so a
/// full build makes each once and a rebuild only those of the pages it renders again.
enum ItemValues {
    /// An article in a list: its fields, `url`, `isScheduled` and `card`, the theme's `card`
    /// template rendered for it.
    static let article = DocumentValues.shape(
        .articles, "an article in a list", [.text("url"), .flag("isScheduled"), .text("card")])
    /// What the `card` template sees: an article's values (but its card) after `site`, `t` and
    /// `links`, and no `page`: a card is rendered once per article and reused on every page
    /// that lists it (as Hugo's `partialCached` does).
    static let card = TemplateShape(
        "an article's card", including: [PageValues.basics],
        DocumentValues.members(of: .articles) + [.text("url"), .flag("isScheduled")])
    static let cardUse = TemplateUse("card", card)
    /// An event in a list: its fields, `url`, `when` ("donderdag 7 oktober 2021, 20.30–21.15
    /// uur"), `isUpcoming` and `calendar`, the address of its calendar file.
    static let event = DocumentValues.shape(
        .agenda, "an event in a list", [.text("url"), .text("when"), .flag("isUpcoming"), .text("calendar")])
}

/// The items of one list of documents (`SiteModel.articles` or `.events`), each made once,
/// with what making it read: every page that shows an item notes those reads as its own.
final class DocumentItems: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [(item: TemplateValue, reads: [Read])?]

    /// Room for the items of `count` documents.
    init(count: Int) { made = Array(repeating: nil, count: count) }

    /// The item of the document at `index`, made by `make` the first time.
    func item(_ index: Int, make: (Int) -> TemplateValue) -> TemplateValue {
        let kept =
            lock.withLock { made[index] }
            ?? {
                let (item, reads) = ReadLog.reads { make(index) }
                return lock.withLock {
                    if let first = made[index] { return first }  // another page made it meanwhile
                    made[index] = (item, reads)
                    return (item, reads)
                }
            }()
        ReadLog.note(kept.reads)
        return kept.item
    }
}
