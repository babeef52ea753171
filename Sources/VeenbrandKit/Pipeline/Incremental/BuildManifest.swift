import Foundation

/// What the last build was made from, kept beside the output folder, so that a build whose
/// sources, options and tool are unchanged (with no scheduled document fallen due and no
/// event over since) can leave the output as it is and finish at once.
struct BuildManifest: Codable, Sendable, Equatable {
    /// Fingerprint of every source file (path, size, times, inode), the options and the tool.
    let stamp: String
    /// The now of that build; an earlier now may un-publish documents, so it forces a build.
    let now: Int
    /// When the site next changes by itself (a document falls due, an event is over); from
    /// then on a build is needed.
    let nextDue: Int?
    let articles, pages, feeds, redirects, copied, draftsSkipped, scheduledSkipped: Int
    let basePath: String
    let nextTitle, nextPath, nextDate: String?

    init(stamp: String, now: Int, summary: BuildSummary) {
        self.stamp = stamp
        self.now = now
        nextDue = summary.nextChange
        articles = summary.articles
        pages = summary.pages
        feeds = summary.feeds
        redirects = summary.redirects
        copied = summary.copied
        draftsSkipped = summary.draftsSkipped
        scheduledSkipped = summary.scheduledSkipped
        basePath = summary.basePath
        nextTitle = summary.nextScheduled?.title
        nextPath = summary.nextScheduled?.path
        nextDate = summary.nextScheduled?.date.description
    }

    /// Whether a build with `stamp` at `now` would write exactly what is already there.
    func isCurrent(stamp: String, now: Int) -> Bool {
        stamp == self.stamp && now >= self.now && nextDue.map { now < $0 } ?? true
    }

    /// The summary of the build this manifest describes, marked as not rebuilt.
    var summary: BuildSummary {
        let next: Publication.Scheduled? =
            if let nextTitle, let nextPath, let nextDate,
                let date = try? ContentDate(parsing: nextDate)
            {
                Publication.Scheduled(title: nextTitle, path: nextPath, date: date)
            } else { nil }
        return BuildSummary(
            articles: articles, pages: pages, feeds: feeds, redirects: redirects, copied: copied,
            draftsSkipped: draftsSkipped, scheduledSkipped: scheduledSkipped, nextScheduled: next, nextChange: nextDue,
            basePath: basePath, upToDate: true)
    }

    /// Where the manifest of the output folder `output` is kept: `.<name>.manifest.json` beside it.
    static func location(forOutput output: String) -> String { OutputSibling.path("manifest.json", beside: output) }

    /// The manifest beside `output`, if there is one and the output exists.
    static func read(forOutput output: String) -> BuildManifest? {
        guard FileSystem.isDirectory(output),
            let data = FileManager.default.contents(atPath: location(forOutput: output))
        else { return nil }
        return try? JSONDecoder().decode(BuildManifest.self, from: data)
    }

    var bytes: [UInt8] { (try? [UInt8](JSONEncoder().encode(self))) ?? [] }
}
