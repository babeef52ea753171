/// A year of the archive as a link, with its number of articles.
final class ArchiveYearLink: Sendable, TemplateParent {
    let year: Int
    let url: String
    let count: Int

    init(year: ArchiveYear, url: String) {
        self.year = year.year
        self.url = url
        count = year.articles.count
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "year": .number(year)
        case "url": .text(url)
        case "count": .number(count)
        case "isSingle": .flag(count == 1)
        default: nil
        }
    }
}

/// The articles of one month of an archive year.
struct ArchiveMonth: TemplateParent {
    let number: Int
    let name: String
    var articles: [ArticleItem] = []

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "number": .number(number)
        case "name": .text(self.name)
        case "articles": .objects(articles)
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

    override func child(named name: String) -> TemplateValue? {
        name == "years" ? .objects(years) : super.child(named: name)
    }
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

    override func child(named name: String) -> TemplateValue? {
        switch name {
        case "year": .number(year)
        case "count": .number(count)
        case "isSingle": .flag(count == 1)
        case "months": .objects(months)
        case "newer": newer.map { .object($0) }
        case "older": older.map { .object($0) }
        default: super.child(named: name)
        }
    }
}
