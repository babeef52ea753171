extension SiteAddresses {
    /// The archive: `/archief/`.
    var archive: SitePath { folder(.archive) }
    func archiveYear(_ year: Int) -> SitePath { .folder(words[.archive], String(year)) }
}

/// One page per year with every article of that year by month, linked to the years around it.
final class ArchiveYears: Producer {
    let name = "an archive year"
    let kind = OutputKind.page
    /// The articles of one month of an archive year.
    static let month = TemplateShape(
        "a month", [.text("number"), .text("name"), .list("articles", ItemValues.article)])
    static let shape = PageValues.root(
        "an archive year",
        [
            .text("year"), .text("count"), .flag("isSingle"), .list("months", month),
            .object("newer", ArchiveIndex.year), .object("older", ArchiveIndex.year),
        ])
    let templates = [TemplateUse("archive-year", ArchiveYears.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.years.enumerated().map { index, year in
            Route(
                addresses.archiveYear(year.year), self, item: index,
                sitemap: SitemapListing(lastModified: ListPages.newest(year.articles, in: site)))
        }
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let years = context.site.years
        let year = years[route.item]
        var months: [(number: Int, articles: [Int])] = []
        for index in year.articles {
            let month = context.site.articles.owned(at: index).due?.month ?? 1
            if months.last?.number != month { months.append((month, [])) }
            months[months.count - 1].articles.append(index)
        }
        let monthValues = months.map { month in
            Self.month.record([
                "number": .number(month.number), "name": .text(context.strings.monthNames[month.number - 1]),
                "articles": .list(month.articles.map(context.articleItem)),
            ])
        }
        let neighbour = { (at: Int) in years.indices.contains(at) ? ArchiveIndex.link(years[at], context) : nil }
        let page = context.meta(
            "\(context.strings["archive"]) \(year.year)", path: route.path, section: .archive)
        return context.render(
            "archive-year",
            context.page(
                Self.shape, page,
                [
                    "year": .number(year.year), "count": .number(year.articles.count),
                    "isSingle": .flag(year.articles.count == 1), "months": .list(monthValues),
                    "newer": neighbour(route.item - 1), "older": neighbour(route.item + 1),
                ]))
    }
}
