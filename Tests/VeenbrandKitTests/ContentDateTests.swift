import Testing

@testable import VeenbrandKit

@Suite struct ArticleDateTests {
    @Test func dateOnlyIsMidnightUTC() throws {
        let date = try ContentDate(parsing: "2021-10-05")
        #expect(date.rfc822 == "Tue, 05 Oct 2021 00:00:00 +0000")
        #expect(date.iso8601 == "2021-10-05T00:00:00+00:00")
        #expect(date.description == "2021-10-05")
        #expect(date.epochSeconds == 1_633_392_000)
    }

    @Test func fullISO8601KeepsItsOffset() throws {
        let date = try ContentDate(parsing: "2021-10-05T14:30:00+02:00")
        #expect(date.rfc822 == "Tue, 05 Oct 2021 14:30:00 +0200")
        #expect(date.epochSeconds == 1_633_392_000 + 12 * 3600 + 30 * 60)
        #expect(try ContentDate(parsing: "2021-10-05T12:30:00Z").epochSeconds == date.epochSeconds)
        #expect(try ContentDate(parsing: "2021-10-05 14:30:00 +02:00") == date)
        #expect(try ContentDate(parsing: "2021-10-05T14:30:00.250+0200").epochSeconds == date.epochSeconds)
    }

    @Test func dutchLongDate() throws {
        let months = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december",
        ]
        #expect(try ContentDate(parsing: "2021-10-05").longDate(monthNames: months) == "5 oktober 2021")
    }

    @Test func impossibleDatesAreRejected() {
        #expect(throws: ContentDate.Problem.impossible("2021-02-31 does not exist: that month has 28 days")) {
            try ContentDate(parsing: "2021-02-31")
        }
        #expect(throws: ContentDate.Problem.self) { try ContentDate(parsing: "2021-13-01") }
        #expect(throws: ContentDate.Problem.self) { try ContentDate(parsing: "2021-10-05T25:00:00Z") }
        #expect((try? ContentDate(parsing: "2020-02-29")) != nil)
        #expect((try? ContentDate(parsing: "1900-02-29")) == nil)
    }

    @Test(arguments: ["5 oktober 2021", "2021-1-5", "2021-10-05T14:30", "2021-10-05T14:30:00", "2021-10-05x", ""])
    func malformedDatesAreRejected(text: String) {
        #expect(throws: ContentDate.Problem.malformed) { try ContentDate(parsing: text) }
    }

    @Test func weekdaysAcrossCenturies() throws {
        #expect(try ContentDate(parsing: "2000-01-01").rfc822.hasPrefix("Sat"))
        #expect(try ContentDate(parsing: "1970-01-01").rfc822.hasPrefix("Thu"))
        #expect(try ContentDate(parsing: "2024-02-29").rfc822.hasPrefix("Thu"))
    }
}
