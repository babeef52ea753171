import Foundation

/// Plain words for a mistake editors often make in the fields at the top of a file. The English
/// error message says what is wrong for logs and CI; the preview's error page says it in the
/// site's language from the theme's UI strings (`advice<Kind>` in `theme/i18n/<language>.yaml`),
/// filling in `{field}`, `{example}` and `{line}`.
struct Advice: Sendable, Hashable {
    enum Kind: String, Sendable, CaseIterable {
        /// `title: Zorg: nu` — ": " inside a value starts a new field.
        case colonInText
        /// `title: Wij zijn #1` — " #" starts a comment and the rest is lost.
        case hashInText
        /// `themes: [Naasten` — the list is never closed.
        case unclosedList
        /// `title: "Droom` — the quote is never closed.
        case unclosedQuote
        /// `title: "Droom" herkend` — text goes on after the closing quote.
        case textAfterQuote
        /// A line indented with a tab.
        case tabIndent
        /// `title:Droom` — no space after the colon.
        case spaceAfterColon
        /// `date: 5-10-2021` — day first.
        case dayFirstDate
        /// `themes: A, B` — a list written as one text.
        case commaList
        /// The opening `---` has no closing one.
        case unclosedFrontMatter
        /// `tittle: …` — a field the kind does not have, one letter off a known one.
        case unknownField
        /// A field the kind does not have, like none it has.
        case unknownFieldList
        /// `draft: flase` — a switch that is neither true nor false.
        case notAFlag
        /// `themes: [Medezegenschap]` — close to a listed theme's name or slug.
        case unknownTheme
        /// A theme like none of the listed ones.
        case unknownThemeList
        /// A required field is not there.
        case missingField
        /// `date: 2021-02-31` — a day the calendar does not have.
        case impossibleDate
        /// `online: www.example.org` — a web address without `https://`.
        case notAWebAddress
        /// `image:` without `imageAlt:`, or with an empty one.
        case noPictureText
        /// `image: /media/foto.jpg` naming a file the site does not have.
        case noSuchPicture
    }

    let kind: Kind
    /// The field as the editor wrote it (`title`), or empty.
    var field = ""
    /// The line as it should be written, when that can be shown.
    var example = ""
    /// A second line that matters (where the text seems to start), or nil.
    var line: Int?
    /// The value as the editor wrote it, when the advice names it.
    var value = ""
    /// What the editor may have meant, or the names to choose from.
    var suggestions: [String] = []

    /// The UI string's key, e.g. `adviceColonInText`.
    var key: String { "advice" + kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() }

    /// The line `field: value` written so that YAML reads all of the value as text: in double
    /// quotes, with straight double quotes inside made typographic and backslashes doubled.
    static func quoted(field: String, value: String) -> String {
        let value = curlyQuotes(value.trimmingCharacters(in: .whitespaces))
        return "\(field): \"\(value.replacingOccurrences(of: "\\", with: "\\\\"))\""
    }

    /// Straight double quotes as typographic ones, opening after a space or at the start.
    static func curlyQuotes(_ text: String) -> String {
        var result = ""
        var previous: Character = " "
        for character in text {
            if character == "\"" {
                result.append(previous.isWhitespace || previous == "(" ? "“" : "”")
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }
}
