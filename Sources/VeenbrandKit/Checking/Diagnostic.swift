import Foundation

/// A problem `check` reports: an error fails the check, a warning only with `--strict`.
public struct Diagnostic: Sendable, Hashable, Comparable, Codable {
    /// An error fails `check`; a warning fails it only with `--strict`.
    public enum Severity: String, Sendable, Codable { case error, warning }

    /// Whether it is an error or a warning.
    public let severity: Severity
    /// The file, relative to the site folder.
    public let file: String
    /// The line, from 1.
    public let line: Int
    /// The column, from 1, in characters.
    public let column: Int
    /// What is wrong, and what to do about it, on one line.
    public let message: String
    /// What the preview shows at the top of the document's page, in the site's language, for
    /// the problems a page can have and still be built.
    var notice: PreviewNotice?

    private enum CodingKeys: String, CodingKey { case severity, file, line, column, message }

    /// A problem of `severity` at `location`.
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.file = location.path
        self.line = location.line
        self.column = location.column
        self.message = message
    }

    init(_ error: BuildError) { self.init(.error, error.location, error.message) }

    /// A problem the preview also shows on the document's page.
    init(_ severity: Severity, _ location: SourceLocation, _ message: String, notice: PreviewNotice) {
        self.init(severity, location, message)
        self.notice = notice
    }

    /// By file, line, column and message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}
