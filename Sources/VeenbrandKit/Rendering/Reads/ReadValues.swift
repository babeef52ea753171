import Foundation

/// What each `Read` is in this build: a fingerprint that changes when what a producer got by
/// that read changes. A file made by an earlier build is still right when every read it made
/// has the value it had then (`MadeFrom`). A class: every core looks reads up in one.
final class ReadValues: @unchecked Sendable {
    /// What reads are looked up in: the site, and what the context made of it once
    /// (`RenderContext.readValues()`), none of it noted.
    struct Sources {
        let site: SiteModel
        let reads: SiteReads
        let routes: RouteTable
        let settings: Fingerprint
        let cardStyle: Fingerprint
        let hyphenation: String?
        let pictures: SitePictures
        let folder: SourceFolder
    }

    private let sources: Sources
    private let lists: [String: ListShape]
    private let articles: [String: Int]
    private let documents: [String: Document]
    private let terms: [Read: Term]
    private let years: [Int: ArchiveYear]
    private let cards: [String: ShareCardSubject]
    /// What the site's lists hold, by index: the paths of its articles and events.
    private let articlePaths: [String]
    private let eventPaths: [String]
    private let related: RelatedArticles
    private let publication: Publication
    private let upcomingEvents: Int
    private let cms: CMSSettings?
    private let logo: SiteImage?
    private let images: [String: SiteImage]
    /// Every address of the site by its URL, for the pictures their pages show.
    private let paths: [String: SitePath]
    /// The stamp of each file the site copies or makes images of, taken before anything is
    /// made: a file saved while the site is written is made again by the next build.
    private let stamps: [String: FileStamp]
    /// The fingerprints of the files made first, by output path: what `Read.made` is.
    var made: [String: Fingerprint] = [:]

    /// A list's length and the read of each of its elements.
    private struct ListShape: Sendable {
        let count: Int
        let read: @Sendable (Int) -> Read
        init<T>(_ list: RecordedList<T>) {
            count = list.unnotedCount
            read = { list.read(at: $0) }
        }
    }

    init(_ sources: Sources) {
        self.sources = sources
        let site = sources.site
        let reads = sources.reads
        var lists = [
            reads.articles.name: ListShape(reads.articles), reads.events.name: ListShape(reads.events),
            reads.topics.name: ListShape(reads.topics), reads.keywords.name: ListShape(reads.keywords),
            reads.years.name: ListShape(reads.years), reads.redirects.name: ListShape(reads.redirects),
            reads.files.name: ListShape(reads.files), reads.images.copies.name: ListShape(reads.images.copies),
            reads.images.cards.name: ListShape(reads.images.cards),
        ]
        for kind in site.documents.kinds {
            let documents = reads.documents(kind)
            lists[documents.name] = ListShape(documents)
        }
        self.lists = lists
        articlePaths = site.articles.map(\.path)
        eventPaths = site.events.map(\.path)
        related = site.related
        publication = site.publication
        upcomingEvents = site.upcomingEvents
        cms = site.cms
        logo = site.images.logo
        articles = Dictionary(site.articles.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        documents = Dictionary(site.documents.all.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        terms = Dictionary(
            site.topics.map { (Read(.topic, $0.slug.value), $0) }
                + site.keywords.map { (Read(.keyword, $0.slug.value), $0) },
            uniquingKeysWith: { first, _ in first })
        years = Dictionary(site.years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
        images = Dictionary(site.images.byPath.map { ($0.key.url, $0.value) }, uniquingKeysWith: { first, _ in first })
        paths = Dictionary(
            sources.routes.routes.map { ($0.path.url, $0.path) }, uniquingKeysWith: { first, _ in first })
        let addresses = sources.routes.addresses
        cards = Dictionary(
            site.images.cards.map { (addresses.card($0).url, $0) }, uniquingKeysWith: { first, _ in first })
        let files = site.files.map(\.source)
        let root = sources.folder.rootPath
        stamps = Dictionary(
            zip(files, files.concurrentMap { FileStamp.of(root + "/" + $0) }).compactMap { file, stamp in
                stamp.map { (file, $0) }
            },
            uniquingKeysWith: { first, _ in first })
    }

    /// The value of each of `reads`, worked out on all cores.
    func values(of reads: [Read]) -> [Fingerprint] { reads.concurrentMap(value) }

    /// The value of `read` in this build.
    func value(of read: Read) -> Fingerprint {
        var value = Fingerprint()
        value.add(Int(read.kind.rawValue))
        switch read.kind {
        case .settings: value.add(sources.settings)
        case .cardStyle: value.add(sources.cardStyle)
        case .hyphenation: value.add(sources.hyphenation)
        case .document:
            let document = documents[read.name]
            value.add(document != nil)
            if let document { value.add(document.fingerprint) }
        case .scheduled:
            value.add(documents[read.name].flatMap(\.due).map(publication.isScheduled) ?? false)
        case .topic, .keyword:
            guard let term = terms[read] else { break }
            for text in [term.name, term.slug.value, term.description] { value.add(text) }
            add(term.articles.map { articlePaths[$0] }, to: &value)
            add(term.events.map { eventPaths[$0] }, to: &value)
        case .topicName: value.add(terms[Read(.topic, read.name)]?.name)
        case .keywordName: value.add(terms[Read(.keyword, read.name)]?.name)
        case .year: add(years[read.number].map { $0.articles.map { articlePaths[$0] } }, to: &value)
        case .related:
            add(articles[read.name].map { related[$0].map { articlePaths[$0] } }, to: &value)
        case .image:
            let image = read.name == ImageReads.logo ? logo : images[read.name]
            guard let image else { break }
            value.add(image.source)
            for number in [image.size.width, image.size.height] + image.copyWidths { value.add(number) }
            value.add(image.size.format)
            value.add(image.hasWebP)
        case .card:
            guard let card = cards[read.name] else { break }
            for text in [card.title, card.image?.source, card.alt] { value.add(text) }
        case .picture:
            guard let picture = paths[read.name].flatMap(sources.pictures.picture) else { break }
            for text in [picture.url, picture.type, picture.alt, picture.path.url] { value.add(text) }
            value.add(picture.width)
            value.add(picture.height)
        case .sourceFile:
            // Its stamp, which changes when it is saved again.
            guard let stamp = stamps[read.name] ?? FileStamp.of(sources.folder.rootPath + "/" + read.name) else {
                break
            }
            for number in [stamp.size, stamp.modified, stamp.changed, Int(bitPattern: stamp.inode)] {
                value.add(number)
            }
        case .made: value.add(made[read.name] ?? Self.unknown)
        case .position:
            guard let list = lists[read.name], (0..<list.count).contains(read.number) else { break }
            let element = list.read(read.number)
            value.add(Int(element.kind.rawValue))
            value.add(element.name)
            value.add(element.number)
        case .count:
            value.add(lists[read.name]?.count ?? -1)
            if read.name == sources.reads.events.name { value.add(upcomingEvents) }
        case .sitemap:
            for route in sources.routes.listed {
                value.add(route.path.url)
                value.add(route.sitemap?.lastModified?.description)
            }
        case .cms:
            for text in [cms?.repo, cms?.branch, cms?.app.rawValue, cms?.oauthURL] { value.add(text) }
        }
        return value
    }

    /// What `Read.made` is for a file not made yet: no file's fingerprint.
    private static let unknown = Fingerprint(value: 0)

    private func add(_ paths: [String]?, to value: inout Fingerprint) {
        guard let paths else { return value.add(false) }
        value.add(paths.count)
        for path in paths { value.add(path) }
    }
}
