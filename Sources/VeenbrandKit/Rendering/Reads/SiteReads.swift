/// The assembled site as producers read it (`RenderContext.site`): the same lists as
/// `SiteModel`'s, each read noted in the file's `ReadLog`. Producers see the site through
/// nothing else, so what a file was made from is what it read, not what someone listed.
struct SiteReads: Sendable {
    let articles: RecordedList<Document>
    let events: RecordedList<Document>
    let topics: RecordedList<Term>
    let keywords: RecordedList<Term>
    let years: RecordedList<ArchiveYear>
    let redirects: RecordedList<Redirect>
    let files: RecordedList<CopiedFile>
    let images: ImageReads
    private let model: SiteModel

    init(_ site: SiteModel, cardAddress: @escaping @Sendable (ShareCardSubject) -> SitePath) {
        model = site
        articles = RecordedList(site.articles, list: "articles", key: Self.document)
        events = RecordedList(site.events, list: "events", key: Self.document)
        topics = RecordedList(site.topics, list: "topics") { Read(.topic, $0.slug.value) }
        keywords = RecordedList(site.keywords, list: "keywords") { Read(.keyword, $0.slug.value) }
        years = RecordedList(site.years, list: "years") { Read(.year, "", $0.year) }
        redirects = RecordedList(site.redirects, list: "redirects") { Self.document($0.target) }
        files = RecordedList(site.files, list: "files") { Read(.sourceFile, $0.source) }
        images = ImageReads(site.images, cardAddress: cardAddress)
    }

    @Sendable static func document(_ document: Document) -> Read { Read(.document, document.path) }

    /// How many of `events` are still to come (they come first).
    var upcomingEvents: Int {
        ReadLog.note(Read(.count, "events"))
        return model.upcomingEvents
    }

    /// The related articles of the article at `index` of `articles`, as indices into it.
    func related(ofArticleAt index: Int) -> [Int] {
        ReadLog.note(Read(.related, model.articles[index].path))
        return model.related[index]
    }

    /// The published documents of `kind`.
    func documents(_ kind: DocumentKind) -> RecordedList<Document> {
        RecordedList(model.documents[kind], list: "documents " + kind.folder, key: Self.document)
    }

    /// The kinds of documents the site has, in order: the same in every build.
    var documentKinds: [DocumentKind] { model.documents.kinds }

    /// Whether `document` shows as scheduled: dated after the build's "now", published only
    /// because future documents are.
    func isScheduled(_ document: Document) -> Bool {
        // A build without future documents shows none as scheduled, whatever the time: nothing
        // is read (and a build with them has another cache, `BuildOptions.cacheKey`).
        guard model.publication.includeFuture else { return false }
        ReadLog.note(Read(.scheduled, document.path))
        return document.due.map(model.publication.isScheduled) ?? false
    }

    /// The CMS to write an admin page for, or nil.
    var cms: CMSSettings? {
        ReadLog.note(Read(.cms))
        return model.cms
    }
}

/// The site's images as producers read them.
struct ImageReads: Sendable {
    let copies: RecordedList<ImageCopy>
    let cards: RecordedList<ShareCardSubject>
    private let images: SiteImages

    init(_ images: SiteImages, cardAddress: @escaping @Sendable (ShareCardSubject) -> SitePath) {
        self.images = images
        copies = RecordedList(images.copies, list: "image copies") { Read(.image, $0.image.path.url) }
        cards = RecordedList(images.cards, list: "cards") { Read(.card, cardAddress($0).url) }
    }

    /// The image at `path`, if the site has one.
    func image(at path: SitePath) -> SiteImage? {
        ReadLog.note(Read(.image, path.url))
        return images.byPath[path]
    }

    /// site.yaml's `logo`.
    var logo: SiteImage? {
        ReadLog.note(Read(.image, Self.logo))
        return images.logo
    }

    /// The name `Read.image` gives the logo.
    static let logo = "logo"
}
