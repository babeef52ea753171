/// Where a build's "now" comes from: `--now`, else `SOURCE_DATE_EPOCH`, else the clock the
/// caller passes in. The library never reads the clock itself.
public enum BuildClock {
    /// Why a "now" was not accepted.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        /// What is wrong with the given time, for the command line.
        public let description: String
    }

    /// - Parameters:
    ///   - option: the `--now` text (`2021-10-05` or ISO 8601 with offset), if given.
    ///   - environment: the process environment (for `SOURCE_DATE_EPOCH`).
    ///   - clock: the current time in seconds since 1970, used when neither is set.
    public static func now(option: String?, environment: [String: String], clock: () -> Int) throws(Problem) -> Int {
        if let option {
            do {
                return try ContentDate(parsing: option).epochSeconds
            } catch {
                throw Problem(
                    description: "--now '\(option)' is not a date like 2021-10-05 or 2021-10-05T14:30:00+02:00")
            }
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), range.contains(seconds) else {
                throw Problem(
                    description: "SOURCE_DATE_EPOCH '\(epoch)' is not a whole number of seconds between "
                        + "\(range.lowerBound) and \(range.upperBound) (the years 0001 to 9999)")
            }
            return seconds
        }
        let now = clock()
        guard range.contains(now) else {
            throw Problem(description: "the clock says \(now), outside the years 0001 to 9999")
        }
        return now
    }

    /// The instants of the years 0001 to 9999, the dates an article can have.
    static let range = -62_135_596_800...253_402_300_799
}
