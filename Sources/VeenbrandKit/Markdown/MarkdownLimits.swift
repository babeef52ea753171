/// What one document's Markdown may ask of cmark-gfm. Debian's cmark-gfm (0.29.0.gfm.6)
/// spends time or memory growing with the square of some inputs, which later releases bound
/// (and parsing holds a lock, so one such article stalls every other); a table's size is the
/// product of its columns and rows, which is the size of its page and of every feed that shows
/// it. The limits are checked on the text before cmark sees it, each an error at its line, and
/// lie far beyond what an article needs (md4c also caps tables at 128 columns).
enum MarkdownLimits {
    /// The longest line, in bytes.
    static let maxLineBytes = 100_000
    /// The most `|` in one line.
    static let maxPipesPerLine = 1_000
    /// The most columns of a table (the cells of its delimiter row).
    static let maxTableColumns = 128
    /// The most cells of a table: columns times rows.
    static let maxTableCells = 100_000
    /// The most quotes (`'`, `"`) in one paragraph or other block of lines: smart punctuation
    /// takes time growing with the square of their number in a block (10,000 take 0.7 s).
    static let maxQuotesPerBlock = 1_000
    /// The most opening brackets (`[`) in one block, for the same reason.
    static let maxBracketsPerBlock = 2_000
    /// The most quotes, and the most brackets, in a whole document.
    static let maxPerDocument = 20_000

    /// Every limit `body` (starting on line `firstLine` of the file at `path`) goes past.
    static func problems(in body: Substring, firstLine: Int, path: String) -> [BuildError] {
        var body = body
        return body.withUTF8 { problems(in: $0, firstLine: firstLine, path: path) }
    }

    private static func problems(in body: UnsafeBufferPointer<UInt8>, firstLine: Int, path: String) -> [BuildError] {
        var problems: [BuildError] = []
        var line = firstLine
        var block = Block(firstLine: firstLine)
        var table: (columns: Int, rows: Int, line: Int)?
        func endTable() {
            if let current = table, current.columns * current.rows > maxTableCells {
                problems.append(
                    BuildError(
                        path: path, line: current.line, column: 1,
                        "this table has \(current.columns) columns and \(current.rows) rows, more "
                            + "than \(maxTableCells) cells: "
                            + "split it into smaller tables"))
            }
            table = nil
        }
        var totals = (quotes: 0, brackets: 0)
        var blockProblems = false
        func endBlock() {
            let found = block.problems(path: path)
            blockProblems = blockProblems || !found.isEmpty
            problems += found
            totals.quotes += block.quotes
            totals.brackets += block.brackets
            endTable()
        }
        var previousBlank = true
        for lineBytes in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let isBlank = lineBytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if isBlank {
                endBlock()
                block = Block(firstLine: line + 1)
            } else {
                block.add(lineBytes)
                let pipes = lineBytes.count { $0 == UInt8(ascii: "|") }
                let columns = table == nil && !previousBlank ? delimiterColumns(lineBytes) : nil
                if lineBytes.count > maxLineBytes {
                    block.hasLineProblem = true
                    problems.append(
                        BuildError(
                            path: path, line: line, column: 1,
                            "this line has \(lineBytes.count) characters, more than \(maxLineBytes): break it up"))
                } else if pipes > maxPipesPerLine {
                    block.hasLineProblem = true
                    problems.append(
                        BuildError(
                            path: path, line: line, column: 1,
                            "this line has \(pipes) '|', more than \(maxPipesPerLine): a table this "
                                + "wide cannot be shown"
                        ))
                } else if let columns, columns > maxTableColumns {
                    problems.append(
                        BuildError(
                            path: path, line: line, column: 1,
                            "this table has \(columns) columns, more than \(maxTableColumns): split "
                                + "it into smaller tables"
                        ))
                }
                if table != nil {
                    table!.rows += 1
                } else if let columns, columns <= maxTableColumns {
                    table = (columns, 1, line)
                }
            }
            previousBlank = isBlank
            line += 1
        }
        endBlock()
        for (count, what) in [(totals.quotes, "quotes"), (totals.brackets, "'['")]
        where count > maxPerDocument && !blockProblems {
            problems.append(
                BuildError(
                    path: path, line: firstLine, column: 1,
                    "the text has \(count) \(what), more than \(maxPerDocument): split it into several articles"))
        }
        return problems
    }

    /// The number of cells of a table's delimiter row (`| --- | :-: |`), or nil if the line is
    /// not one.
    static func delimiterColumns(_ line: some Collection<UInt8>) -> Int? {
        var cells = 0
        var inCell = false
        var hasDash = false
        var hasPipe = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"):
                hasPipe = true
                if inCell { cells += 1 }
                inCell = false
            case UInt8(ascii: "-"):
                hasDash = true
                inCell = true
            case UInt8(ascii: ":"):
                inCell = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                break
            default:
                return nil
            }
        }
        if inCell { cells += 1 }
        return hasDash && hasPipe ? cells : nil
    }

    /// The counts of one block of lines (a paragraph, a list, a table…).
    private struct Block {
        let firstLine: Int
        var quotes = 0
        var brackets = 0
        /// A line of the block is already reported: what it holds is not counted against it too.
        var hasLineProblem = false

        mutating func add(_ line: some Collection<UInt8>) {
            for byte in line {
                switch byte {
                case UInt8(ascii: "'"), UInt8(ascii: "\""): quotes += 1
                case UInt8(ascii: "["): brackets += 1
                default: break
                }
            }
        }

        func problems(path: String) -> [BuildError] {
            var problems: [BuildError] = []
            guard !hasLineProblem else { return problems }
            if quotes > maxQuotesPerBlock {
                problems.append(
                    BuildError(
                        path: path, line: firstLine, column: 1,
                        "this block of text has \(quotes) quotes, more than \(maxQuotesPerBlock): "
                            + "split it with blank lines"
                    ))
            }
            if brackets > maxBracketsPerBlock {
                problems.append(
                    BuildError(
                        path: path, line: firstLine, column: 1,
                        "this block of text has \(brackets) '[', more than \(maxBracketsPerBlock): "
                            + "split it with blank lines"
                    ))
            }
            return problems
        }
    }
}
