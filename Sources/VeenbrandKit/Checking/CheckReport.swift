import Foundation

/// Everything one `check` found, and how to print it.
public struct CheckReport: Sendable {
    /// Every problem found, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    /// How many articles were checked.
    public let articles: Int
    /// How many standalone pages were checked.
    public let pages: Int
    /// How many events were checked.
    public let events: Int
    /// How each document reads (for `check --readability`), by path.
    public internal(set) var readability: [ReadabilitySummary] = []
    /// The address of each document's page (`/sub/nieuws/welkom/`), by the document's path.
    var pageOfDocument: [String: String] = [:]

    /// A report of `diagnostics` (sorted here) over `articles` articles, `pages` pages and
    /// `events` events.
    public init(diagnostics: [Diagnostic], articles: Int, pages: Int = 0, events: Int = 0) {
        self.diagnostics = diagnostics.sorted()
        self.articles = articles
        self.pages = pages
        self.events = events
    }

    /// How many errors were found.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// How many warnings were found.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Whether the check fails: any error, or with `strict` any warning.
    public func fails(strict: Bool) -> Bool { errorCount > 0 || (strict && warningCount > 0) }

    /// How a report is printed: `path:line:col: severity: message` lines, JSON, or GitHub workflow commands.
    public enum Format: String, Sendable, CaseIterable { case text, json, github }

    /// The report in `format`; `text` and `github` end with a one-line count.
    public func formatted(_ format: Format) -> String {
        switch format {
        case .text:
            return
                (diagnostics.map {
                    "\(OneLine.escaped($0.file)):\($0.line):\($0.column): \($0.severity.rawValue): "
                        + OneLine.escaped($0.message)
                }
                + [countLine]).joined(separator: "\n")
        case .github:
            return
                (diagnostics.map { diagnostic in
                    let properties =
                        "file=\(escapeProperty(OneLine.escaped(diagnostic.file))),line=\(diagnostic.line),"
                        + "col=\(diagnostic.column)"
                    return "::\(diagnostic.severity.rawValue) \(properties)::"
                        + escapeData(OneLine.escaped(diagnostic.message))
                } + [countLine]).joined(separator: "\n")
        case .json:
            struct Document: Encodable {
                let articles: Int
                let pages: Int?
                let events: Int?
                let errors: Int
                let warnings: Int
                let diagnostics: [Diagnostic]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = Document(
                articles: articles, pages: pages > 0 ? pages : nil, events: events > 0 ? events : nil,
                errors: errorCount, warnings: warningCount,
                diagnostics: diagnostics)
            return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
        }
    }

    private var countLine: String {
        let counted = [(articles, "article"), (pages, "page"), (events, "event")].enumerated()
            .filter { $0.offset == 0 || $0.element.0 > 0 }
            .map { "\($0.element.0) \($0.element.1)\($0.element.0 == 1 ? "" : "s")" }
        let list = counted.dropLast().joined(separator: ", ") + (counted.count > 1 ? " and " : "") + counted.last!
        return "Checked \(list)"
            + ": \(errorCount) error\(errorCount == 1 ? "" : "s"), "
            + "\(warningCount) warning\(warningCount == 1 ? "" : "s")"
    }

    /// GitHub workflow commands: `%`, CR and LF are escaped in data, and also `:` and `,` in properties.
    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
