import Foundation

extension SitePath {
    /// The theme's icon, which every page names for the browser's tab.
    static let themeIcon = SitePath.file(SourceFolder.assetsAddress, "favicon.svg")
}

/// A picture as a page's meta tags and the feeds announce it.
struct SharedPicture: Sendable, Hashable {
    /// Its absolute URL.
    let url: String
    let width: Int
    let height: Int
    /// `image/png`, `image/jpeg`…
    let type: String
    /// What it shows, for `og:image:alt`.
    let alt: String
    /// Its address in the site, to find its size in bytes for a feed's enclosure.
    let path: SitePath
}

/// Which picture a shared link of each page shows, and the look the cards and icons are made
/// in: made once per build.
struct SitePictures: Sendable {
    let cardStyle: CardStyle
    /// Makes the title cards, drawing what they share once.
    let cards: ShareCardImage
    /// Of everything a title card is made from besides its title.
    let cardStyleFingerprint: Fingerprint
    /// The site's logo as structured data names it (the 180 px PNG icon made from it, or without
    /// a logo the theme's `favicon.svg`), and as feeds show it (144 px, made from a logo only).
    let logo: SharedPicture?
    let feedLogo: SharedPicture?
    private let byPage: [SitePath: SharedPicture]
    private let fallback: SharedPicture?
    /// Each page's card, by its position in `SiteImages.cards`.
    let cardIndices: [SitePath: Int]
    private let addresses: SiteAddresses

    init(site: SiteModel, config: SiteConfig, routes: RouteTable, folder: SourceFolder) {
        let base = routes.base
        let addresses = routes.addresses
        var style = config.share.style
        style.logo = site.images.logo.flatMap {
            FileManager.default.contents(atPath: folder.rootPath + "/" + $0.source)
        }
        .map { [UInt8]($0) }
        cardStyle = style
        cards = ShareCardImage(style: style)
        var fingerprint = Fingerprint()
        for text in [style.background, style.accent, style.text, style.font, style.siteName, style.domain] {
            fingerprint.add(text)
        }
        if let logo = style.logo { fingerprint.add(Fingerprint.of(Substring(decoding: logo, as: UTF8.self))) }
        fingerprint.add("card 1")
        // Titles are set with soft hyphens at their long words' breaks.
        fingerprint.add(Hyphenator.forLanguage(config.language)?.identity)
        cardStyleFingerprint = fingerprint
        func picture(_ image: SiteImage, alt: String) -> SharedPicture {
            SharedPicture(
                url: base.absolute(image.path), width: image.size.width, height: image.size.height,
                type: image.size.mediaType, alt: alt, path: image.path)
        }
        func icon(_ path: SitePath, _ size: Int) -> SharedPicture {
            SharedPicture(
                url: base.absolute(path), width: size, height: size, type: "image/png", alt: config.title, path: path)
        }
        // Without a logo, the theme's icon (what browsers show in the tab) stands for the site.
        logo =
            site.images.logo.map { _ in icon(.touchIcon, 180) }
            ?? site.images.byPath[.themeIcon].map { picture($0, alt: config.title) }
        feedLogo = site.images.logo.map { _ in icon(.feedIcon, 144) }
        var byPage: [SitePath: SharedPicture] = [:]
        var cardIndices: [SitePath: Int] = [:]
        for (index, card) in site.images.cards.enumerated() {
            let page = addresses.page(card.page)
            cardIndices[page] = cardIndices[page] ?? index
            byPage[page] = SharedPicture(
                url: base.absolute(addresses.card(card)), width: ShareCardImage.width, height: ShareCardImage.height,
                type: card.image == nil ? "image/png" : "image/jpeg", alt: card.alt, path: addresses.card(card))
        }
        self.cardIndices = cardIndices
        if !config.share.cards {
            for document in site.documents.all {
                guard let image = site.images.documentImages[document.path], image.size.isRaster else { continue }
                let alt = document.picture?.alt ?? ""
                byPage[addresses.document(document)] = picture(image, alt: alt.isEmpty ? document.title : alt)
            }
        }
        self.byPage = byPage
        self.addresses = addresses
        fallback = site.images.fallback.map { picture($0, alt: config.title) } ?? byPage[.root]
    }

    /// What a shared link of `page` shows: its own card or image, its list's (for a later list
    /// page), or else site.yaml's `image`, or else the home page's card.
    func picture(for page: SitePath) -> SharedPicture? {
        if let own = byPage[page] { return own }
        if let list = addresses.list(ofListPage: page.url).flatMap(SitePath.init(checking:)), let own = byPage[list] {
            return own
        }
        return fallback
    }
}
