extension SitePath {
    static let archive = SitePath.folder("archief")
    static func archiveYear(_ year: Int) -> SitePath { .folder("archief", String(year)) }
}

/// One page per year with every article of that year by month, linked to the years around it.
final class ArchiveYears: Producer {
    let name = "an archive year"
    let kind = OutputKind.page
    let templates = ["archive-year"]

    func routes(_ site: SiteModel) -> [Route] {
        site.years.enumerated().map { index, year in
            Route(
                .archiveYear(year.year), self, item: index,
                sitemap: SitemapListing(lastModified: ListPages.newest(year.articles, in: site)))
        }
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        let years = context.site.years
        let year = years[route.item]
        var fingerprint = context.fingerprint("archive-year")
        fingerprint.add(year.year)
        for neighbour in [route.item - 1, route.item + 1] where years.indices.contains(neighbour) {
            fingerprint.add(years[neighbour].year)
        }
        fingerprint.add(year.articles.count)
        for index in year.articles { fingerprint.add(context.itemFingerprints[index]) }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let years = context.site.years
        let year = years[route.item]
        var months: [ArchiveMonth] = []
        for index in year.articles {
            let month = context.site.articles[index].article.date.month
            if months.last?.number != month {
                months.append(ArchiveMonth(number: month, name: context.strings.monthNames[month - 1]))
            }
            months[months.count - 1].articles.append(context.items[index])
        }
        let title = "\(context.strings["archive"]) \(year.year)"
        let neighbour = { (at: Int) in
            years.indices.contains(at)
                ? ArchiveYearLink(year: years[at], url: context.href(.archiveYear(years[at].year))) : nil
        }
        return context.render(
            "archive-year",
            ArchiveYearContext(
                context.basics, page: context.meta(title, path: route.path, section: "archief"), year: year.year,
                count: year.articles.count, months: months, newer: neighbour(route.item - 1),
                older: neighbour(route.item + 1)))
    }
}
