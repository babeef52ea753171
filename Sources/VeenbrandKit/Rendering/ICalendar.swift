import Foundation

/// A calendar file (iCalendar, RFC 5545) with one or more events, in the time zone events are
/// shown in: what "Zet in je agenda" downloads and a calendar program subscribes to. Lines end
/// in CRLF and are folded at 75 bytes; text is escaped; each event's `UID` stays the same from
/// build to build, so a calendar that subscribes to the file, or imports it again, finds the
/// same event (changed, with its `LAST-MODIFIED`) instead of a second one.
struct ICalendar {
    /// One event as the calendar holds it.
    struct Event {
        /// Stable and unique: `<slug>@<site>`.
        let uid: String
        let times: EventTimes
        /// When the event was last changed, if its `updated` says so.
        let updated: ContentDate?
        let title: String
        let description: String
        /// Where it is: a place and its address.
        let location: String?
        /// Where it is online: the web address of the meeting or stream.
        let online: String?
        let url: String
    }

    /// The calendar's name, for programs that subscribe to it.
    let name: String
    /// Who makes it: `-//Veenbrand//<site>//<LANGUAGE>`.
    let producer: String
    let events: [Event]

    var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.escaped(producer))", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(Self.escaped(name))", "X-WR-TIMEZONE:\(EventTimeZone.name)",
        ]
        lines += Self.timeZone
        for event in events { lines += Self.lines(of: event) }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// The time zone's rule (`EventTimeZone`), as a VTIMEZONE: each period from the local time
    /// the clocks change in its first year of 1970, yearly on the last Sunday of its month.
    static var timeZone: [String] {
        let periods = [
            ("DAYLIGHT", EventTimeZone.standard, EventTimeZone.summer),
            ("STANDARD", EventTimeZone.summer, EventTimeZone.standard),
        ]
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(EventTimeZone.name)"]
        for (component, from, to) in periods {
            let day = ContentDate.civil(fromDays: EventTimeZone.lastSunday(of: to.month, in: 1970))
            let hour = EventTimeZone.changeHour + from.offsetSeconds / 3600
            lines += [
                "BEGIN:\(component)", "TZOFFSETFROM:\(offset(from))", "TZOFFSETTO:\(offset(to))", "TZNAME:\(to.name)",
                "DTSTART:1970\(two(day.month))\(two(day.day))T\(two(hour))0000",
                "RRULE:FREQ=YEARLY;BYMONTH=\(to.month);BYDAY=-1SU", "END:\(component)",
            ]
        }
        return lines + ["END:VTIMEZONE"]
    }

    /// `+0200`.
    private static func offset(_ period: EventTimeZone.Period) -> String {
        let minutes = period.offsetSeconds / 60
        return (minutes < 0 ? "-" : "+") + two(abs(minutes) / 60) + two(abs(minutes) % 60)
    }

    private static func lines(of event: Event) -> [String] {
        // DTSTAMP is when the event was last changed, or else its start: the same every build.
        var lines = ["BEGIN:VEVENT", "UID:\(escaped(event.uid))", "DTSTAMP:\(utc(event.updated ?? event.times.start))"]
        if let updated = event.updated { lines.append("LAST-MODIFIED:\(utc(updated))") }
        let times = event.times
        if times.isAllDay {
            let first = EventTimes.local(times.start)
            let last = times.end.map(EventTimes.local) ?? first
            lines.append("DTSTART;VALUE=DATE:\(day(first))")
            lines.append("DTEND;VALUE=DATE:\(day(following: last))")
        } else {
            lines.append("DTSTART;TZID=\(EventTimeZone.name):\(local(EventTimes.local(times.start)))")
            // An end at the moment it starts is no end: DTEND must be later than DTSTART.
            if let end = times.end, end.epochSeconds > times.start.epochSeconds {
                lines.append("DTEND;TZID=\(EventTimeZone.name):\(local(EventTimes.local(end)))")
            }
        }
        lines.append("SUMMARY:\(escaped(event.title))")
        // The place is its location; an online address it has besides is in the description.
        let online = event.location == nil ? nil : event.online
        let description = [event.description, online, event.url].compactMap { $0 }.filter { !$0.isEmpty }
        lines.append("DESCRIPTION:\(escaped(description.joined(separator: "\n\n")))")
        if let location = event.location ?? event.online { lines.append("LOCATION:\(escaped(location))") }
        lines.append("URL:\(event.url)")
        lines.append("END:VEVENT")
        return lines
    }

    /// `20211007T203000`: a local date and time.
    private static func local(_ time: EventTimes.Local) -> String {
        day(time) + "T" + two(time.hour) + two(time.minute) + "00"
    }

    private static func day(_ time: EventTimes.Local) -> String {
        String(format: "%04d", time.year) + two(time.month) + two(time.day)
    }

    /// The day after `time`'s: an all-day event's end is exclusive.
    private static func day(following time: EventTimes.Local) -> String {
        let days = ContentDate.daysFromCivil(year: time.year, month: time.month, day: time.day) + 1
        let (year, month, day) = ContentDate.civil(fromDays: days)
        return String(format: "%04d", year) + two(month) + two(day)
    }

    /// `20211007T183000Z`: the moment in UTC.
    private static func utc(_ date: ContentDate) -> String {
        let seconds = date.epochSeconds
        let days = EventTimeZone.days(seconds)
        let (year, month, day) = ContentDate.civil(fromDays: days)
        let rest = seconds - days * 86_400
        return String(format: "%04d", year) + two(month) + two(day) + "T" + two(rest / 3600) + two(rest % 3600 / 60)
            + two(rest % 60) + "Z"
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// Text as RFC 5545 writes it: `\`, `;` and `,` escaped, line ends as `\n`.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// A line of at most 75 bytes, the rest on lines that start with a space, never cutting a
    /// character in two.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var parts: [String] = []
        var current = ""
        var limit = 75
        for character in line {
            if current.utf8.count + character.utf8.count > limit {
                parts.append(current)
                current = ""
                limit = 74
            }
            current.append(character)
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}
