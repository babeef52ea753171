import Foundation

/// A problem `check` reports: an error fails the check, a warning only with `--strict`.
public struct Diagnostic: Sendable, Hashable, Comparable, Codable {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public let severity: Severity
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.file = location.path
        self.line = location.line
        self.column = location.column
        self.message = message
    }

    init(_ error: BuildError) { self.init(.error, error.location, error.message) }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}
