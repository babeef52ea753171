/// When an event takes place, as its `start` and `end` say, in the movement's time zone
/// (`EventTimeZone`): the moments it begins and ends, whether it lasts all day, and the local
/// day and time of each, as pages and calendar files show them.
struct EventTimes: Sendable {
    let start: ContentDate
    let end: ContentDate?

    init(start: ContentDate, end: ContentDate?) {
        self.start = start
        self.end = end
    }

    /// The times of `event`, an event (a document with a `start`).
    init?(_ event: Document) {
        guard let start = event.date(.start) else { return nil }
        self.init(start: start, end: event.date(.end))
    }

    /// Whether it lasts whole days: its start is a date without a time.
    var isAllDay: Bool { !start.hasTime }

    /// The moment it begins: its start, or the beginning of its first day.
    var begins: Int { start.hasTime ? start.epochSeconds : Self.beginning(of: start) }

    /// The moment it is over: its end, or the end of its last day; without an end, when it
    /// starts (or at the end of its day).
    var ends: Int {
        guard let end else { return start.hasTime ? start.epochSeconds : Self.beginning(of: start, plusDays: 1) }
        return end.hasTime ? end.epochSeconds : Self.beginning(of: end, plusDays: 1)
    }

    /// Whether, at `now`, it is still to come or going on.
    func isUpcoming(at now: Int) -> Bool { ends > now }

    /// The last day it takes place on, if it is not its first (an event over several days).
    var lastDay: Local? {
        let first = Self.local(start)
        let last = end.map(Self.local)
        guard let last, (last.year, last.month, last.day) != (first.year, first.month, first.day) else { return nil }
        return last
    }

    /// A moment as a clock in the time zone shows it.
    struct Local: Sendable, Equatable {
        let year, month, day, hour, minute: Int
        /// 0 = Sunday … 6 = Saturday.
        let weekday: Int
        /// Whether it has a time of day (else it is a day).
        let hasTime: Bool
    }

    /// `date` in the time zone: a day as written, a moment as the local clock shows it.
    static func local(_ date: ContentDate) -> Local {
        guard date.hasTime else {
            return Local(
                year: date.year, month: date.month, day: date.day, hour: 0, minute: 0, weekday: date.weekday,
                hasTime: false)
        }
        let local = date.epochSeconds + EventTimeZone.offset(at: date.epochSeconds)
        let days = EventTimeZone.days(local)
        let (year, month, day) = ContentDate.civil(fromDays: days)
        let seconds = local - days * 86_400
        return Local(
            year: year, month: month, day: day, hour: seconds / 3600, minute: seconds % 3600 / 60,
            weekday: EventTimeZone.weekday(days), hasTime: true)
    }

    /// The moment the day `date` (plus `plusDays`) begins in the time zone.
    static func beginning(of date: ContentDate, plusDays: Int = 0) -> Int {
        let midnight =
            (ContentDate.daysFromCivil(year: date.year, month: date.month, day: date.day) + plusDays) * 86_400
        // Clocks change an hour or more after midnight: the offset an hour before is the day's.
        return midnight - EventTimeZone.offset(at: midnight - 3600)
    }
}
