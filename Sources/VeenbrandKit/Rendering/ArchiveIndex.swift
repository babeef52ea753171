/// `/archief/`: every year with its number of articles, newest first.
final class ArchiveIndex: Producer {
    let name = "the archive"
    let kind = OutputKind.page
    /// A year of the archive as a link, with its number of articles.
    static let year = TemplateShape("a year", [.text("year"), .text("url"), .text("count"), .flag("isSingle")])
    static let shape = PageValues.root("the archive", [.list("years", year)])
    let templates = [TemplateUse("archive", ArchiveIndex.shape)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        let newest = site.articles.first.flatMap { $0.updated ?? $0.due }
        return [Route(addresses.archive, self, sitemap: SitemapListing(lastModified: newest))]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let years = context.site.years.map { Self.link($0, context) }
        let page = context.meta(context.strings["archive"], path: context.addresses.archive, section: .archive)
        return context.render("archive", context.page(Self.shape, page, ["years": .list(years)]))
    }

    static func link(_ year: ArchiveYear, _ context: RenderContext) -> TemplateValue {
        Self.year.record([
            "year": .number(year.year), "url": .text(context.href(context.addresses.archiveYear(year.year))),
            "count": .number(year.articles.count), "isSingle": .flag(year.articles.count == 1),
        ])
    }
}
