import Foundation

/// What every producer renders with, made once per build: the assembled site and its
/// addresses, the settings, and what many pages share (list items with their cards, the
/// values every template sees).
final class RenderContext: Sendable {
    let site: SiteModel
    let routes: RouteTable
    let config: SiteConfig
    let strings: UIStrings
    let templates: TemplateSet
    /// Renders each document's body as its page or a feed is made.
    let bodies: DocumentBodies
    /// Of everything besides the content that every page shows: the settings and theme, the
    /// base URL and the standalone pages in the menu and footer. Every fingerprint starts here.
    let settings: Fingerprint
    /// `site`, `t` and `links`, as every template sees them.
    let basics: PageBasics
    /// Each article as lists show it, made once (its card rendered when first shown).
    let items: ArticleItems
    /// Of what each article's list item shows.
    let itemFingerprints: [Fingerprint]
    /// Keyword slug → the name its page uses (the commonest spelling).
    let keywordNames: [Slug: String]
    /// The standalone pages in the main menu, none of them current.
    let menu: [MenuLink]
    /// The picture each page's shared link shows, and the look of cards and icons.
    let pictures: SitePictures
    /// Sizes and copies of the site's images, for `<img>`.
    let imageMarkup: ImageMarkup
    /// The share cards' sizes in bytes, for feeds.
    let pictureLengths = PictureLengths()
    /// The files this build keeps as they are (filled by an incremental build).
    let keptFiles = KeptFiles()
    /// Each article's body for feeds, rendered once.
    let feedBodies = FeedBodies()

    init(site: SiteModel, routes: RouteTable, settings: RenderSettings, folder: SourceFolder) {
        self.site = site
        self.routes = routes
        config = settings.config
        strings = settings.strings
        templates = settings.templates
        let base = routes.base
        imageMarkup = ImageMarkup(images: site.images, base: base)
        bodies = DocumentBodies(
            folder: folder,
            renderer: MarkdownRenderer(
                unsafeHTML: config.unsafeHTML, base: base, labels: BodyLabels(strings: settings.strings)),
            images: imageMarkup)
        pictures = SitePictures(site: site, config: settings.config, base: base, folder: folder)
        let pages = site.documents[Pages.self]
        let inMenu = pages.filter { $0.page.menu != nil }
            .sorted { ($0.page.menu!, $0.page.title) < ($1.page.menu!, $1.page.title) }
        menu = inMenu.map {
            MenuLink(title: $0.page.menuTitle ?? $0.page.title, url: base.href($0.page.sitePath), isCurrent: false)
        }
        let otherPages = pages.filter { $0.page.menu == nil }
            .map { MenuLink(title: $0.page.title, url: base.href($0.page.sitePath), isCurrent: false) }
        var fingerprint = settings.fingerprint
        for link in menu + otherPages {
            fingerprint.add(link.title)
            fingerprint.add(link.url)
        }
        fingerprint.add(inMenu.first?.page.title)
        // Pages show images' sizes and their shared pictures, made in the cards' look.
        for image in site.images.byPath.values.sorted(by: { $0.path < $1.path }) {
            fingerprint.add(image.path.url)
            for number in [image.size.width, image.size.height] + image.copyWidths { fingerprint.add(number) }
        }
        fingerprint.add(pictures.cardStyleFingerprint)
        self.settings = fingerprint
        let phoneDigits = config.contactPhone.map(Self.telephoneDigits)
        let siteView = SiteView(
            title: config.title, shortTitle: config.shortTitle, tagline: config.tagline,
            description: config.description, language: config.language, baseURL: config.baseURL,
            contactEmail: config.contactEmail, contactPhone: config.contactPhone,
            contactPhoneHref: phoneDigits.map { "tel:" + $0 }, newsletter: config.newsletter,
            feedURL: base.href(.feed), otherPages: otherPages,
            about: inMenu.first.map {
                MenuLink(title: $0.page.title, url: base.href($0.page.sitePath), isCurrent: false)
            }, themeColor: config.share.style.background)
        let links = LinksView(
            root: base.href(.root), home: base.href(.root), themes: base.href(.topics),
            keywords: base.href(.keywords), archive: base.href(.archive), search: base.href(.search),
            feed: base.href(.feed), assets: base.href(.assets),
            favicon: site.images.logo == nil ? nil : base.href(.favicon),
            touchIcon: site.images.logo == nil ? nil : base.href(.touchIcon))
        basics = PageBasics(site: siteView, t: settings.strings, links: links)
        items = ArticleItems(
            site: site, base: base, monthNames: settings.strings.monthNames,
            cards: CardMaker(templates: settings.templates, basics: basics))
        itemFingerprints = site.articles.map { entry in
            var fingerprint = Fingerprint()
            fingerprint.add(entry.fingerprint)
            fingerprint.add(site.publication.isScheduled(entry.article))
            return fingerprint
        }
        keywordNames = Dictionary(site.keywords.map { ($0.slug, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    var cardStyle: CardStyle { pictures.cardStyle }
    var cardStyleFingerprint: Fingerprint { pictures.cardStyleFingerprint }

    /// The digits of a phone number for a `tel:` link: `+31 (0)30 - 284 32 00` → `+31302843200`
    /// (the `(0)` is dialled only from within the country).
    static func telephoneDigits(_ number: String) -> String {
        number.replacingOccurrences(of: "(0)", with: "").filter { $0.isASCII && ($0.isNumber || $0 == "+") }
    }

    /// The settings' fingerprint with the name of a kind of page.
    func fingerprint(_ kind: String) -> Fingerprint {
        var fingerprint = settings
        fingerprint.add(kind)
        return fingerprint
    }

    /// The address pages link to `path` with, under the site's base path.
    func href(_ path: SitePath) -> String { routes.base.href(path) }

    /// The absolute URL of `path`.
    func absolute(_ path: SitePath) -> String { routes.base.absolute(path) }

    /// `5 oktober 2021`, in the site's language.
    func longDate(_ date: ArticleDate) -> String { date.longDate(monthNames: strings.monthNames) }

    /// A page template rendered with `context`.
    func render(_ template: String, _ context: PageContext) -> OutputContents {
        .text(templates.render(template, context))
    }

    /// What a page says about itself, for `head`, the menu and OpenGraph.
    func meta(
        _ title: String, path: SitePath, section: String?, description: String? = nil,
        ogType: String = "website", article: ArticleMeta? = nil, structuredData: String? = nil,
        extraFeeds: [FeedLink] = [], menu: [MenuLink]? = nil, noindex: Bool = false
    ) -> PageMeta {
        let documentTitle = title == config.title ? title : "\(title) | \(config.title)"
        return PageMeta(
            title: title, documentTitle: documentTitle, description: description ?? config.description,
            canonical: absolute(path), ogType: ogType, image: pictures.picture(for: path).map(PictureView.init),
            article: article, structuredData: structuredData,
            feeds: [FeedLink(title: config.title, url: href(.feed))] + extraFeeds,
            section: section, path: path, menu: menu ?? self.menu, noindex: noindex)
    }

    /// The lead image of the document at `page` (its `image:`), with `alt`, as templates show it.
    func imageView(of page: SitePath, alt: String?) -> ImageView? {
        site.images.documentImages[page].map { imageMarkup.view($0, alt: alt ?? "") }
    }

    /// A later list page's description: `description` and which page of how many it is.
    func pageDescription(_ description: String, _ number: Int, of total: Int) -> String {
        let text = description.trimmingCharacters(in: .whitespacesAndNewlines)
        let stop = text.last.map { ".!?".contains($0) } ?? true ? "" : "."
        return "\(text)\(stop) \(strings["page"]) \(number) \(strings["of"]) \(total)."
    }

    /// A theme or keyword with its count, for index pages and term pages.
    func termView(_ term: Term, at path: SitePath, feed: SitePath?) -> TermView {
        TermView(
            name: term.name, url: href(path), description: term.description, count: term.articles.count,
            isSingle: term.articles.count == 1, feedURL: feed.map(href))
    }
}
