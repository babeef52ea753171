/// `/archief/`: every year with its number of articles, newest first.
final class ArchiveIndex: Producer {
    let name = "the archive"
    let kind = OutputKind.page
    let templates = ["archive"]
    let reservedNames = ["archief"]

    func routes(_ site: SiteModel) -> [Route] {
        let newest = site.articles.first.map { $0.article.updated ?? $0.article.date }
        return [Route(.archive, self, sitemap: SitemapListing(lastModified: newest))]
    }

    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        var fingerprint = context.fingerprint("archive")
        for year in context.site.years {
            fingerprint.add(year.year)
            fingerprint.add(year.articles.count)
        }
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let years = context.site.years.map {
            ArchiveYearLink(year: $0, url: context.href(.archiveYear($0.year)))
        }
        let page = context.meta(context.strings["archive"], path: .archive, section: "archief")
        return context.render("archive", ArchiveContext(context.basics, page: page, years: years))
    }
}
