import Foundation

/// A calendar file (iCalendar, RFC 5545) with one or more events, in the time zone events are
/// shown in: what "Zet in je agenda" downloads and a calendar program subscribes to. Lines end
/// in CRLF and are folded at 75 bytes; text is escaped; each event's `UID` stays the same from
/// build to build, so an updated file updates the event, never doubles it.
struct ICalendar {
    /// One event as the calendar holds it.
    struct Event {
        /// Stable and unique: `<slug>@<site>`.
        let uid: String
        let times: EventTimes
        /// When the event was last changed: its `updated`, else its start (the same every build).
        let stamp: ContentDate
        let title: String
        let description: String
        let location: String?
        let url: String
    }

    /// The calendar's name, for programs that subscribe to it.
    let name: String
    /// Who makes it: `-//Veenbrand//<site>//NL`.
    let producer: String
    let events: [Event]

    var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(producer)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(Self.escaped(name))", "X-WR-TIMEZONE:\(EventTimes.zoneName)",
        ]
        lines += Self.timeZone
        for event in events { lines += Self.lines(of: event) }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// Europe/Amsterdam's rules since 1996: CET, and CEST from the last Sunday of March (02:00)
    /// to the last Sunday of October (03:00).
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:\(EventTimes.zoneName)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    private static func lines(of event: Event) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:\(escaped(event.uid))", "DTSTAMP:\(utc(event.stamp))"]
        let times = event.times
        if times.isAllDay {
            let first = EventTimes.local(times.start)
            let last = times.end.map(EventTimes.local) ?? first
            lines.append("DTSTART;VALUE=DATE:\(day(first))")
            lines.append("DTEND;VALUE=DATE:\(day(following: last))")
        } else {
            lines.append("DTSTART;TZID=\(EventTimes.zoneName):\(local(EventTimes.local(times.start)))")
            if let end = times.end {
                let last = EventTimes.local(end)
                lines.append(
                    end.hasTime
                        ? "DTEND;TZID=\(EventTimes.zoneName):\(local(last))"
                        : "DTEND;VALUE=DATE:\(day(following: last))")
            }
        }
        lines.append("SUMMARY:\(escaped(event.title))")
        lines.append(
            "DESCRIPTION:\(escaped(event.description.isEmpty ? event.url : event.description + "\n\n" + event.url))")
        if let location = event.location { lines.append("LOCATION:\(escaped(location))") }
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
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
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
