/// The time zone events are shown in and their calendar files are written in: Europe/Amsterdam,
/// by the rule the EU has kept since 1996 — CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the
/// last Sunday of March to 01:00 UTC on the last Sunday of October. Pages and the calendar
/// files' time zone are both read from this rule, so they cannot disagree, and no time zone
/// database is needed; the rules of earlier years are not kept.
enum EventTimeZone {
    static let name = "Europe/Amsterdam"

    /// Standard or summer time: its name, its offset from UTC and the month on whose last
    /// Sunday it begins.
    struct Period {
        let name: String
        let offsetSeconds: Int
        let month: Int
    }

    static let summer = Period(name: "CEST", offsetSeconds: 7200, month: 3)
    static let standard = Period(name: "CET", offsetSeconds: 3600, month: 10)
    /// The hour, in UTC, at which the clocks change.
    static let changeHour = 1

    /// The offset from UTC, in seconds, at the moment `seconds` (since 1970, UTC).
    static func offset(at seconds: Int) -> Int {
        let year = ContentDate.civil(fromDays: days(seconds)).year
        let summerBegins = change(to: summer, in: year)
        let summerEnds = change(to: standard, in: year)
        return seconds >= summerBegins && seconds < summerEnds ? summer.offsetSeconds : standard.offsetSeconds
    }

    /// The moment (seconds since 1970, UTC) `period` begins in `year`.
    static func change(to period: Period, in year: Int) -> Int {
        lastSunday(of: period.month, in: year) * 86_400 + changeHour * 3600
    }

    /// The last Sunday of `month`, in days since 1970-01-01.
    static func lastSunday(of month: Int, in year: Int) -> Int {
        let last = ContentDate.daysFromCivil(
            year: year, month: month, day: ContentDate.daysIn(month: month, year: year))
        return last - weekday(last)
    }

    /// The whole days since 1970-01-01 at the moment `seconds`.
    static func days(_ seconds: Int) -> Int { seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400 }

    /// 0 = Sunday … 6 = Saturday, for a day counted since 1970-01-01 (a Thursday).
    static func weekday(_ days: Int) -> Int { ((days % 7) + 7 + 4) % 7 }
}
