import Mustache

/// A year of the archive as a link, with its number of articles.
final class ArchiveYearLink: Sendable, MustacheParent {
    let year: Int
    let url: String
    let count: Int

    init(year: ArchiveYear, url: String) {
        self.year = year.year
        self.url = url
        count = year.articles.count
    }

    func child(named name: String) -> Any? {
        switch name {
        case "year": year
        case "url": MustacheText(url)
        case "count": count
        case "isSingle": count == 1
        default: nil
        }
    }
}

/// The articles of one month of an archive year.
struct ArchiveMonth: MustacheParent {
    let number: Int
    let name: String
    var articles: [ArticleItem] = []

    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "name": MustacheText(self.name)
        case "articles": articles
        default: nil
        }
    }
}

/// `/archief/`: the years.
final class ArchiveContext: PageContext, @unchecked Sendable {
    let years: [ArchiveYearLink]

    init(_ basics: PageBasics, page: PageMeta, years: [ArchiveYearLink]) {
        self.years = years
        super.init(basics, page: page)
    }

    override func child(named name: String) -> Any? { name == "years" ? years : super.child(named: name) }
}

/// `/archief/<jaar>/`: one year's articles by month, and the years around it.
final class ArchiveYearContext: PageContext, @unchecked Sendable {
    let year: Int
    let count: Int
    let months: [ArchiveMonth]
    let newer: ArchiveYearLink?
    let older: ArchiveYearLink?

    init(
        _ basics: PageBasics, page: PageMeta, year: Int, count: Int, months: [ArchiveMonth], newer: ArchiveYearLink?,
        older: ArchiveYearLink?
    ) {
        self.year = year
        self.count = count
        self.months = months
        self.newer = newer
        self.older = older
        super.init(basics, page: page)
    }

    override func child(named name: String) -> Any? {
        switch name {
        case "year": year
        case "count": count
        case "isSingle": count == 1
        case "months": months
        case "newer": newer
        case "older": older
        default: super.child(named: name)
        }
    }
}
