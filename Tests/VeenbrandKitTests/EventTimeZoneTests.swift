import Foundation
import Testing

@testable import VeenbrandKit

/// Events are shown in Europe/Amsterdam by the EU's rule, written once: the clock it gives
/// agrees with the time zone database, and the calendar files' VTIMEZONE says the same rule.
@Suite struct EventTimeZoneTests {
    @Test func theRuleGivesTheOffsetsOfTheTimeZoneDatabase() throws {
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"), "tzdata is installed")
        // Every 7 hours and 13 minutes from 1996 to 2037: every hour of the week, around every change.
        let from = try ContentDate(parsing: "1996-01-01T00:00:00Z").epochSeconds
        let to = try ContentDate(parsing: "2037-12-31T00:00:00Z").epochSeconds
        var mismatches: [Int] = []
        for moment in stride(from: from, to: to, by: 7 * 3600 + 13 * 60) {
            let expected = amsterdam.secondsFromGMT(for: Date(timeIntervalSince1970: Double(moment)))
            if EventTimeZone.offset(at: moment) != expected { mismatches.append(moment) }
        }
        for year in 1996...2037 {
            for period in [EventTimeZone.summer, EventTimeZone.standard] {
                let change = EventTimeZone.change(to: period, in: year)
                for moment in [change - 1, change] {
                    let expected = amsterdam.secondsFromGMT(for: Date(timeIntervalSince1970: Double(moment)))
                    if EventTimeZone.offset(at: moment) != expected { mismatches.append(moment) }
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func aMomentIsShownAsTheClockInAmsterdamShowsIt() throws {
        let summer = EventTimes.local(try ContentDate(parsing: "2021-10-07T18:30:00Z"))
        #expect((summer.year, summer.month, summer.day, summer.hour, summer.minute) == (2021, 10, 7, 20, 30))
        #expect(summer.weekday == 4, "a Thursday")
        let winter = EventTimes.local(try ContentDate(parsing: "2021-12-31T23:30:00Z"))
        #expect((winter.year, winter.month, winter.day, winter.hour, winter.minute) == (2022, 1, 1, 0, 30))
        #expect(winter.weekday == 6, "a Saturday")
    }

    @Test func theCalendarFilesTimeZoneIsTheSameRule() {
        #expect(
            ICalendar.timeZone == [
                "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "END:VTIMEZONE",
            ])
    }
}
