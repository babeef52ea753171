/// A date as an editor writes it in content (an article's date, an event's start): a calendar day,
/// optionally with a time and offset.
///
/// Accepts `2021-10-05`, `2021-10-05T14:30:00+02:00`, `2021-10-05 14:30:00 +02:00` and `…Z`.
/// Dates without a time mean midnight UTC. The day shown to readers is the day written.
public struct ContentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let second: Int
    /// Offset from UTC in minutes.
    let offsetMinutes: Int
    /// Whether the editor wrote a time of day.
    let hasTime: Bool
    /// Seconds since 1970-01-01T00:00:00Z (worked out once: dates are compared often).
    let epochSeconds: Int

    /// Why a date text was not accepted.
    enum Problem: Error, Equatable {
        case malformed
        case impossible(String)
    }

    init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        offsetMinutes: Int = 0, hasTime: Bool = false
    ) throws(Problem) {
        guard (1...9999).contains(year) else { throw .impossible("the year must be between 0001 and 9999") }
        guard (1...12).contains(month) else { throw .impossible("month \(month) does not exist") }
        let length = ContentDate.daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            throw .impossible("\(pad4(year))-\(pad(month))-\(pad(day)) does not exist: that month has \(length) days")
        }
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
            throw .impossible("time \(pad(hour)):\(pad(minute)):\(pad(second)) does not exist")
        }
        guard abs(offsetMinutes) <= 14 * 60 else { throw .impossible("offset is more than 14 hours") }
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
        self.offsetMinutes = offsetMinutes
        self.hasTime = hasTime
        epochSeconds =
            ContentDate.daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
            - offsetMinutes * 60
    }

    /// Parses the date forms listed above; anything else is `.malformed`.
    init(parsing text: String) throws(Problem) {
        let chars = Array(text.trimmingSpaces.utf8)
        var reader = DigitReader(chars: chars)
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2),
            reader.skip("-"), let day = reader.number(2)
        else { throw .malformed }
        if reader.atEnd {
            try self.init(year: year, month: month, day: day)
            return
        }
        guard reader.skip("T") || reader.skip(" "), let hour = reader.number(2), reader.skip(":"),
            let minute = reader.number(2)
        else { throw .malformed }
        var second = 0
        if reader.skip(":") {
            guard let value = reader.number(2) else { throw .malformed }
            second = value
            if reader.skip(".") { reader.skipDigits() }
        }
        _ = reader.skip(" ")
        var offset = 0
        if reader.skip("Z") {
            offset = 0
        } else if let sign = reader.sign() {
            guard let hours = reader.number(2) else { throw .malformed }
            _ = reader.skip(":")
            guard let minutes = reader.number(2) else { throw .malformed }
            guard minutes < 60 else { throw .impossible("an offset's minutes go up to 59") }
            offset = sign * (hours * 60 + minutes)
        } else {
            throw .malformed
        }
        guard reader.atEnd else { throw .malformed }
        try self.init(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            offsetMinutes: offset, hasTime: true)
    }

    /// The calendar day of an instant as seen at `offsetSeconds` from UTC (a date without time).
    static func day(atEpochSeconds seconds: Int, offsetSeconds: Int) throws(Problem) -> ContentDate {
        let (local, overflow) = seconds.addingReportingOverflow(offsetSeconds)
        guard !overflow, abs(local) < 1 << 50 else { throw .impossible("the time is outside the years 0001 to 9999") }
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (year, month, day) = civil(fromDays: days)
        return try ContentDate(year: year, month: month, day: day)
    }

    /// 1970-01-01, the start of the clock.
    static let epoch = try! ContentDate(year: 1970, month: 1, day: 1)

    /// 0 = Sunday … 6 = Saturday, for the day as written.
    var weekday: Int {
        let days = ContentDate.daysFromCivil(year: year, month: month, day: day)
        return ((days % 7) + 7 + 4) % 7
    }

    /// `2021-10-05`, for `<time datetime>` on date-only values.
    var isoDay: String { "\(pad4(year))-\(pad(month))-\(pad(day))" }

    /// Full ISO 8601, e.g. `2021-10-05T00:00:00+00:00`, for sitemaps and metadata.
    var iso8601: String {
        "\(isoDay)T\(pad(hour)):\(pad(minute)):\(pad(second))\(offsetText(separator: ":"))"
    }

    /// RFC 822 as RSS wants it: `Tue, 05 Oct 2021 00:00:00 +0000`.
    var rfc822: String {
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekdays[weekday]), \(pad(day)) \(months[month - 1]) \(pad4(year)) "
            + "\(pad(hour)):\(pad(minute)):\(pad(second)) \(offsetText(separator: ""))"
    }

    /// `5 oktober 2021` given the month names of the site's language.
    func longDate(monthNames: [String]) -> String {
        "\(day) \(monthNames[month - 1]) \(year)"
    }

    /// `2021-10-05`, or ISO 8601 with the time and offset when the editor wrote a time.
    public var description: String { hasTime ? iso8601 : isoDay }

    /// By the instant.
    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool { lhs.epochSeconds < rhs.epochSeconds }

    private func offsetText(separator: String) -> String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let value = abs(offsetMinutes)
        return "\(sign)\(pad(value / 60))\(separator)\(pad(value % 60))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The inverse of `daysFromCivil`.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

/// Four digits, as ISO 8601 and RFC 822 write years: `0999`.
private func pad4(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

private struct DigitReader {
    let chars: [UInt8]
    var index = 0

    var atEnd: Bool { index == chars.count }

    mutating func number(_ width: Int) -> Int? {
        guard index + width <= chars.count else { return nil }
        var value = 0
        for char in chars[index..<index + width] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(char) else { return nil }
            value = value * 10 + Int(char - UInt8(ascii: "0"))
        }
        index += width
        return value
    }

    mutating func skip(_ literal: Unicode.Scalar) -> Bool {
        guard index < chars.count, chars[index] == UInt8(ascii: literal) else { return false }
        index += 1
        return true
    }

    mutating func skipDigits() {
        while index < chars.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(chars[index]) { index += 1 }
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
