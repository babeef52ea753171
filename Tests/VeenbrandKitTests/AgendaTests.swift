import Foundation
import Testing

@testable import VeenbrandKit

/// The agenda: events in `content/agenda/`, their pages, the agenda's order by the build's
/// "now", their calendar files, and the rebuild that moves an event to the past.
@Suite struct AgendaTests {
    /// 2026-01-01T00:00:00Z, the tests' "now".
    let now = TestSite.now

    func site() throws -> TestSite {
        let site = try TestSite(fixture: "sites/basic")
        try site.write(
            "content/agenda/avond.md",
            """
            ---
            title: Avondshow
            start: 2026-02-05T20:30:00+01:00
            end: 2026-02-05T21:15:00+01:00
            online: https://example.org/live
            summary: Online meekijken.
            themes: [Doe je mee?]
            keywords: [Ouders]
            ---

            Tekst.
            """)
        try site.write(
            "content/agenda/dag.md",
            "---\ntitle: Landelijke dag\nstart: 2026-03-12\nlocation: Jaarbeurs, Utrecht\n"
                + "summary: Een dag.\n---\n\nT.\n")
        try site.write(
            "content/agenda/twee-dagen.md",
            "---\ntitle: Kamp\nstart: 2026-06-05\nend: 2026-06-07\nlocation: Texel\nsummary: Drie dagen.\n---\n\nT.\n")
        try site.write(
            "content/agenda/vorig-jaar.md",
            "---\ntitle: Terugblik\nstart: 2025-10-07T19:00:00+02:00\nlocation: Zwolle\nsummary: Geweest.\n---\n\nT.\n")
        return site
    }

    func page(_ site: TestSite, _ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func anEventsPageSaysWhenAndWhereInDutch() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.build(now: now)
        let evening = try page(site, "agenda/avond/index.html")
        #expect(evening.contains(">donderdag 5 februari 2026, 20.30–21.15 uur</time>"))
        #expect(evening.contains("<a href=\"https://example.org/live\">Doe online mee</a>"))
        #expect(evening.contains("href=\"/agenda/avond/avond.ics\" download>Zet in je agenda</a>"))
        #expect(evening.contains("\"@type\":\"Event\""))
        #expect(try page(site, "agenda/dag/index.html").contains(">donderdag 12 maart 2026</time>"))
        let days = try page(site, "agenda/twee-dagen/index.html")
        #expect(days.contains(">vrijdag 5 juni 2026 – zondag 7 juni 2026</time>"))
        let past = try page(site, "agenda/vorig-jaar/index.html")
        #expect(past.contains("Deze activiteit is voorbij.") && !past.contains("Zet in je agenda"))
    }

    @Test func theAgendaListsWhatIsComingSoonestFirstThenWhatIsPastLastFirst() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.build(now: now)
        let agenda = try page(site, "agenda/index.html")
        let order = ["Avondshow", "Landelijke dag", "Kamp", "Geweest"].map { agenda.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
        let home = try page(site, "index.html")
        #expect(home.contains("Avondshow") && home.contains("Landelijke dag") && home.contains("Kamp"))
        #expect(!home.contains("Terugblik"), "the home page shows coming events only")
        #expect(try page(site, "themas/doe-je-mee/index.html").contains(">Avondshow</a>"))
        #expect(try page(site, "trefwoorden/ouders/index.html").contains(">Avondshow</a>"))
    }

    @Test func anEventMovesToThePastWhenItEndsAndTheBuildKnowsWhen() throws {
        let site = try site()
        defer { site.cleanUp() }
        let summary = try site.build(now: now)
        let ends = try ContentDate(parsing: "2026-02-05T21:15:00+01:00").epochSeconds
        #expect(summary.nextChange == ends, "the manifest asks for a build when the first event is over")
        try site.build(now: ends + 1)
        #expect(!(try page(site, "index.html").contains("Avondshow")))
        #expect(try page(site, "agenda/avond/index.html").contains("Deze activiteit is voorbij."))
    }

    @Test func eachEventHasACalendarFileAndTheAgendaOneOfThemAll() throws {
        let site = try site()
        defer { site.cleanUp() }
        try site.build(now: now)
        let one = try page(site, "agenda/avond/avond.ics")
        #expect(one.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && one.hasSuffix("END:VCALENDAR\r\n"))
        #expect(one.contains("\r\nUID:avond@example.org\r\n"))
        #expect(one.contains("\r\nDTSTART;TZID=Europe/Amsterdam:20260205T203000\r\n"))
        #expect(one.contains("\r\nDTEND;TZID=Europe/Amsterdam:20260205T211500\r\n"))
        #expect(!one.split(separator: "\r\n").contains { $0.utf8.count > 75 }, "lines are folded at 75 bytes")
        let days = try page(site, "agenda/twee-dagen/twee-dagen.ics")
        #expect(days.contains("DTSTART;VALUE=DATE:20260605\r\n") && days.contains("DTEND;VALUE=DATE:20260608\r\n"))
        let all = try page(site, "agenda/agenda.ics")
        #expect(all.components(separatedBy: "BEGIN:VEVENT").count == 5)
    }

    @Test func anEndAtTheStartIsNoEndInTheCalendar() throws {
        let moment = try ContentDate(parsing: "2026-02-05T20:30:00+01:00")
        let event = ICalendar.Event(
            uid: "x@example.org", times: EventTimes(start: moment, end: moment), updated: nil, title: "X",
            description: "", location: "Utrecht", online: nil, url: "https://example.org/agenda/x/")
        let text = ICalendar(name: "X", producer: "-//Veenbrand//X//NL", events: [event]).text
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Amsterdam:20260205T203000\r\n"))
        #expect(!text.contains("DTEND"), "RFC 5545: DTEND must be later than DTSTART")
    }

    @Test(arguments: [
        (
            "start: 2026-02-05T20:30:00+01:00\nend: 2026-02-05T19:00:00+01:00\nlocation: Utrecht\n",
            "content/agenda/x.md:4:6: 'end' 2026-02-05T19:00:00+01:00 is before 'start' 2026-02-05T20:30:00+01:00: "
                + "an event ends after it starts"
        ),
        (
            "start: 2026-02-05T20:30:00+01:00\nend: 2026-02-06\nlocation: Utrecht\n",
            "content/agenda/x.md:4:6: 'end' is a date but 'start' is a date and time: write both as dates (a whole "
                + "day) or both with their times"
        ),
        (
            "start: 2026-02-05\n",
            "content/agenda/x.md:2:1: an event needs 'location' (a place and its address) or 'online' (the web "
                + "address of the meeting or stream), or both"
        ),
        (
            "start: 2026-02-05\nonline: www.example.org\n",
            "content/agenda/x.md:4:9: 'online' 'www.example.org' must be a web address starting with https:// "
                + "or http://"
        ),
    ])
    func mistakesInAnEventAreErrorsAtTheirLine(fields: String, expected: String) {
        do {
            _ = try DocumentParser.document(
                "---\ntitle: X\n\(fields)---\n\nT.\n", path: "content/agenda/x.md", kind: .agenda)
            Issue.record("parsed")
        } catch {
            #expect(error.errors.map(\.description) == [expected])
        }
    }
}
