/// A position in a source file, 1-based, as editors and CI systems show it.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path relative to the site folder, e.g. `content/nieuws/welkom.md`.
    public var path: String
    /// Line number, starting at 1.
    public var line: Int
    /// Column number (in Unicode scalars), starting at 1.
    public var column: Int

    /// A position in the file at `path`.
    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`.
    public var description: String { "\(OneLine.escaped(path)):\(line):\(column)" }

    /// By path, line and column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// One problem in the site's sources, with where it is and why it is wrong.
public struct BuildError: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, and what to do about it.
    public var message: String
    /// The same in plain words, for the preview's error page, when it is a common mistake.
    var advice: Advice?

    /// A problem at `location`.
    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// A common mistake at `location`, explained by `advice` too.
    init(_ location: SourceLocation, _ message: String, advice: Advice) {
        self.init(location, message)
        self.advice = advice
    }

    /// A problem at line `line`, column `column` of the file at `path`.
    public init(path: String, line: Int = 1, column: Int = 1, _ message: String) {
        self.init(SourceLocation(path: path, line: line, column: column), message)
    }

    /// `path:line:col: message`, the form compilers use and editors and CI jump to.
    public var description: String { "\(location): \(OneLine.escaped(message))" }

    /// The same problem: the same place and message (the plain words are how it is shown).
    public static func == (lhs: BuildError, rhs: BuildError) -> Bool {
        lhs.location == rhs.location && lhs.message == rhs.message
    }

    /// Hashes the place and the message, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(message)
    }

    /// By location, then message.
    public static func < (lhs: BuildError, rhs: BuildError) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// Every problem found in one run; a build with any of them writes nothing.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The errors, sorted by path, line and column.
    public let errors: [BuildError]

    /// A failure with `errors` (sorted here).
    public init(_ errors: [BuildError]) {
        self.errors = errors.sorted()
    }

    /// Every error, one per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
