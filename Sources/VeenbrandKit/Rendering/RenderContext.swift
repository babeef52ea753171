import Foundation

/// What every producer renders with, made once per build: the assembled site and its
/// addresses, the settings, and what many pages share (list items with their cards, the
/// values every template sees).
final class RenderContext: Sendable {
    /// The assembled site, as producers read it: each read noted (`ReadLog`).
    let site: SiteReads
    private let model: SiteModel
    private let routeTable: RouteTable
    private let siteConfig: SiteConfig
    private let uiStrings: UIStrings
    private let templateSet: TemplateSet
    private let documentBodies: DocumentBodies
    /// Of everything besides the content that every page shows: the settings and theme, the
    /// base URL and the standalone pages in the menu and footer: what `Read.settings` is.
    let settings: Fingerprint
    /// `site`, `t` and `links`, as every template sees them: the first values of every page's.
    private let basicValues: [TemplateValue]
    /// Each article and each event as lists show them, made once.
    private let articleItems: DocumentItems
    private let eventItems: DocumentItems
    /// Keyword slug → the name its page uses (the commonest spelling).
    private let keywordNames: [Slug: String]
    /// The standalone pages in the main menu, in order: title and address.
    private let menuLinks: [(title: String, url: String)]
    /// The picture each page's shared link shows, and the look of cards and icons.
    private let pictures: SitePictures
    /// Sizes and copies of the site's images, for `<img>`.
    private let images: ImageMarkup
    /// Where long words of the site's language break, for pages and share cards (none without
    /// libhyphen or the language's patterns).
    private let hyphenation: Hyphenator?
    /// The feeds' memo of each article's body, rendered and escaped for feeds once (it is in
    /// several feeds) and let go after the last feed that shows it.
    let feedBodies = FeedBodies()
    private let topicLinks: [Slug: TemplateValue]
    /// Each keyword's link, made once: every document that has the keyword shares it.
    private let keywordLinks: [Slug: TemplateValue]

    // What every page shares, each read noting `Read.settings`.
    var config: SiteConfig { noted(siteConfig) }
    var strings: UIStrings { noted(uiStrings) }
    var templates: TemplateSet { noted(templateSet) }
    /// Renders each document's body as its page or a feed is made.
    var bodies: DocumentBodies { noted(documentBodies) }
    /// The addresses the sitemap lists, with their dates (`Read.sitemap`).
    var listedRoutes: [Route] {
        ReadLog.note([.settings, Read(.sitemap)])
        return routeTable.listed
    }
    var basics: [TemplateValue] { noted(basicValues) }
    var menu: [(title: String, url: String)] { noted(menuLinks) }
    var imageMarkup: ImageMarkup { noted(images) }
    /// The site's logo as structured data and feeds name it.
    var logo: SharedPicture? { noted(pictures.logo) }
    var feedLogo: SharedPicture? { noted(pictures.feedLogo) }

    private func noted<T>(_ value: T) -> T {
        ReadLog.note(.settings)
        return value
    }

    /// Where long words break (`Read.hyphenation`).
    var hyphenator: Hyphenator? {
        ReadLog.note(Read(.hyphenation))
        return hyphenation
    }

    /// The look of share cards and icons, and what draws the cards (`Read.cardStyle`).
    var cardStyle: CardStyle {
        ReadLog.note(Read(.cardStyle))
        return pictures.cardStyle
    }
    var cardImage: ShareCardImage {
        ReadLog.note(Read(.cardStyle))
        return pictures.cards
    }

    /// The picture a shared link of the page at `path` shows (`Read.picture`).
    func picture(for path: SitePath) -> SharedPicture? {
        ReadLog.note(Read(.picture, path.url))
        return pictures.picture(for: path)
    }

    /// The full path of `source`, a path relative to the site folder, for a producer that
    /// reads the file (`Read.sourceFile`).
    func sourcePath(_ source: String) -> String {
        ReadLog.note(Read(.sourceFile, source))
        return documentBodies.folder.rootPath + "/" + source
    }

    /// The name a keyword's page uses (the commonest spelling).
    func keywordName(_ keyword: Keyword) -> String {
        ReadLog.note([.settings, Read(.keywordName, keyword.slug.value)])
        return keywordNames[keyword.slug] ?? keyword.name
    }

    /// What each read gives in this build, for the incremental layer.
    func readValues() -> ReadValues {
        ReadValues(
            ReadValues.Sources(
                site: model, reads: site, routes: routeTable, settings: settings,
                cardStyle: pictures.cardStyleFingerprint, hyphenation: hyphenation?.identity, pictures: pictures,
                folder: documentBodies.folder))
    }

    /// `make`'s result from the whole site with nothing noted: for bookkeeping that makes no
    /// bytes (how many feeds show each article, so that a memo knows when to let go).
    func unnoted<T>(_ make: (SiteModel) -> T) -> T { ReadLog.unnoted { make(model) } }

    init(site: SiteModel, routes: RouteTable, settings: RenderSettings, folder: SourceFolder) {
        model = site
        routeTable = routes
        siteConfig = settings.config
        uiStrings = settings.strings
        templateSet = settings.templates
        let base = routes.base
        let addresses = routes.addresses
        self.site = SiteReads(site) { addresses.card($0) }
        images = ImageMarkup(images: site.images, base: base)
        hyphenation = Hyphenator.forLanguage(settings.config.language)
        documentBodies = DocumentBodies(
            folder: folder,
            renderer: MarkdownRenderer(
                unsafeHTML: settings.config.unsafeHTML, base: base, labels: BodyLabels(strings: settings.strings)),
            images: images)
        pictures = SitePictures(site: site, config: settings.config, routes: routes, folder: folder)
        let pages = site.documents[.standalonePages]
        let inMenu = pages.compactMap { page in page.number(.menu).map { (position: $0, page: page) } }
            .sorted { ($0.position, $0.page.title) < ($1.position, $1.page.title) }.map(\.page)
        menuLinks = inMenu.map { (title: $0.text(.menuTitle) ?? $0.title, url: base.href(addresses.document($0))) }
        let otherPages = pages.filter { $0.number(.menu) == nil }
            .map { TemplateValue.menuLink(title: $0.title, url: base.href(addresses.document($0))) }
        var fingerprint = settings.fingerprint
        fingerprint.add(inMenu.count)  // where the menu's pages end and the footer's begin
        for page in inMenu + pages.filter({ $0.number(.menu) == nil }) {
            fingerprint.add(page.text(.menuTitle) ?? page.title)
            fingerprint.add(page.title)
            fingerprint.add(base.href(addresses.document(page)))
        }
        // Pages show images' sizes and their shared pictures, made in the cards' look.
        for image in site.images.byPath.values.sorted(by: { $0.path < $1.path }) {
            fingerprint.add(image.path.url)
            for number in [image.size.width, image.size.height] + image.copyWidths { fingerprint.add(number) }
            fingerprint.add(image.size.format)
            fingerprint.add(image.hasWebP)
        }
        fingerprint.add(pictures.cardStyleFingerprint)
        fingerprint.add(hyphenation?.identity)
        // Every page's menu has the agenda's item when there are events.
        fingerprint.add(!site.events.isEmpty)
        self.settings = fingerprint
        basicValues = Self.basics(
            settings.config, strings: settings.strings, routes: routes, site: site, otherPages: otherPages,
            about: inMenu.first.map { .menuLink(title: $0.title, url: base.href(addresses.document($0))) })
        topicLinks = Dictionary(
            site.topics.map {
                ($0.slug, TemplateValue.termLink(name: $0.name, url: base.href(addresses.topic($0.slug))))
            },
            uniquingKeysWith: { first, _ in first })
        keywordNames = Dictionary(site.keywords.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
        keywordLinks = Dictionary(
            site.keywords.map {
                ($0.slug, TemplateValue.termLink(name: $0.name, url: base.href(addresses.keyword($0.slug))))
            },
            uniquingKeysWith: { first, _ in first })
        articleItems = DocumentItems(count: site.articles.count)
        eventItems = DocumentItems(count: site.events.count)
    }

    /// The article at `index` of `site.articles` as lists show it, with its card. The index
    /// comes from a read that stands for it (a term's articles, `RecordedList.places`…): the
    /// item notes what it shows, not its place.
    func articleItem(_ index: Int) -> TemplateValue {
        articleItems.item(index) { ArticlePages.item(site.articles.owned(at: $0), self) }
    }

    /// The event at `index` of `site.events` as lists show it, as `articleItem`.
    func eventItem(_ index: Int) -> TemplateValue { eventItems.item(index) { EventPages.item(index: $0, self) } }

    /// `site`, `t` and `links`.
    private static func basics(
        _ config: SiteConfig, strings: UIStrings, routes: RouteTable, site: SiteModel, otherPages: [TemplateValue],
        about: TemplateValue?
    ) -> [TemplateValue] {
        let base = routes.base
        let addresses = routes.addresses
        let siteValue = PageValues.site.record([
            "title": .text(config.title), "shortTitle": .text(config.shortTitle), "tagline": .text(config.tagline),
            "description": .text(config.description), "language": .text(config.language),
            "baseURL": .text(config.baseURL), "origin": .text(base.origin),
            "contactEmail": .optional(config.contactEmail),
            "contactPhone": .optional(config.contactPhone),
            "contactPhoneHref": .optional(config.contactPhone.map { "tel:" + Self.telephoneDigits($0) }),
            "newsletter": .optional(config.newsletter), "feedURL": .text(base.href(.feed)),
            "otherPages": .list(otherPages), "hasOtherPages": .flag(!otherPages.isEmpty), "about": about,
            "themeColor": .text(config.share.style.background), "hasAgenda": .flag(!site.events.isEmpty),
        ])
        let links = PageValues.links.record([
            "root": .text(base.href(.root)), "home": .text(base.href(.root)),
            "themes": .text(base.href(addresses.topics)), "keywords": .text(base.href(addresses.keywords)),
            "archive": .text(base.href(addresses.archive)), "search": .text(base.href(addresses.search)),
            "agenda": .text(base.href(addresses.agenda)), "feed": .text(base.href(.feed)),
            "follow": .text(base.href(addresses.follow)),
            "assets": .text(base.href(.assets)),
            "favicon": site.images.logo == nil ? nil : .text(base.href(.favicon)),
            "touchIcon": site.images.logo == nil ? nil : .text(base.href(.touchIcon)),
        ])
        return [siteValue, .object(strings), links]
    }

    var addresses: SiteAddresses { noted(routeTable.addresses) }

    /// The address pages link to `path` with, under the site's base path.
    func href(_ path: SitePath) -> String { noted(routeTable.base).href(path) }

    /// The absolute URL of `path`.
    func absolute(_ path: SitePath) -> String { noted(routeTable.base).absolute(path) }

    /// `5 oktober 2021`, in the site's language.
    func longDate(_ date: ContentDate) -> String { date.longDate(monthNames: strings.monthNames) }

    /// A date as templates see it: `{{long}}` and `{{iso}}`.
    func dateValue(_ date: ContentDate) -> TemplateValue {
        TemplateShape.date.record(["long": .text(longDate(date)), "iso": .text(date.description)])
    }

    /// A topic as a link to its page.
    func topicLink(_ slug: Slug, name: String) -> TemplateValue {
        ReadLog.note([.settings, Read(.topicName, slug.value)])
        return topicLinks[slug] ?? .termLink(name: name, url: href(addresses.topic(slug)))
    }

    /// A keyword as a link to its page, by the name its page uses.
    func keywordLink(_ keyword: Keyword) -> TemplateValue {
        let name = keywordName(keyword)
        return keywordLinks[keyword.slug] ?? .termLink(name: name, url: href(addresses.keyword(keyword.slug)))
    }

    /// The picture of `document` (its `image:`) as templates show it, if it has one.
    func imageValue(of document: Document) -> TemplateValue? {
        ReadLog.note(.settings)
        return model.images.documentImages[document.path].map { images.value($0, alt: document.picture?.alt ?? "") }
    }

    /// A page template rendered with its values, with soft hyphens in its long words.
    func render(_ template: String, _ values: TemplateValue) -> OutputContents {
        let html = templates.render(template, values)
        return .text(hyphenator.map { SoftHyphens.insert(into: html, $0) } ?? html)
    }

    /// The values of a page of the template `shape` (made by `PageValues.root`): the basics,
    /// `page`, and `own`.
    func page(_ shape: TemplateShape, _ meta: PageMeta, _ own: KeyValuePairs<String, TemplateValue?>)
        -> TemplateValue
    {
        shape.record(after: basics + [meta.value], own)
    }

    /// What a page says about itself, for `head`, the menu and OpenGraph.
    func meta(
        _ title: String, path: SitePath, section: AddressWord?, description: String? = nil,
        extraFeeds: [TemplateValue] = [], current: String? = nil
    ) -> PageMeta {
        let documentTitle = title == config.title ? title : "\(title) | \(config.title)"
        var meta = PageMeta(
            title: title, documentTitle: documentTitle, description: description ?? config.description,
            canonical: absolute(path), image: picture(for: path), section: section)
        meta.feeds = [.feedLink(title: config.title, url: href(.feed))] + extraFeeds
        meta.isHome = path == .root
        meta.isSectionPage = section.map { path == addresses.folder($0) } ?? false
        meta.menu = menu.map { .menuLink(title: $0.title, url: $0.url, isCurrent: $0.url == current) }
        return meta
    }

    /// The digits of a phone number for a `tel:` link: `+31 (0)30 - 284 32 00` → `+31302843200`
    /// (the `(0)` is dialled only from within the country).
    static func telephoneDigits(_ number: String) -> String {
        number.replacingOccurrences(of: "(0)", with: "").filter { $0.isASCII && ($0.isNumber || $0 == "+") }
    }
}
