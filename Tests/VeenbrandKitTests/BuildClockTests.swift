import Testing

@testable import VeenbrandKit

@Suite struct BuildClockTests {
    @Test func theOptionWinsOverTheEnvironmentAndTheClock() throws {
        let now = try BuildClock.now(option: "2021-10-05", environment: ["SOURCE_DATE_EPOCH": "5"]) { 7 }
        #expect(now == 1_633_392_000)
    }

    @Test func sourceDateEpochWinsOverTheClock() throws {
        #expect(
            try BuildClock.now(option: nil, environment: ["SOURCE_DATE_EPOCH": "1633392000"]) { 7 } == 1_633_392_000)
        #expect(try BuildClock.now(option: nil, environment: [:]) { 7 } == 7)
    }

    @Test func badValuesAreReported() {
        #expect(throws: BuildClock.Problem.self) { try BuildClock.now(option: "gisteren", environment: [:]) { 7 } }
        #expect(throws: BuildClock.Problem.self) {
            try BuildClock.now(option: nil, environment: ["SOURCE_DATE_EPOCH": "x"]) { 7 }
        }
    }
}
