/// An image file of the site with its size, and the widths it also has as resized copies.
struct SiteImage: Sendable, Hashable {
    /// Path relative to the site folder.
    let source: String
    let path: SitePath
    let size: ImageSize
    /// The widths of its resized copies, narrowest first (none if it fits the text column).
    let copyWidths: [Int]
    /// Whether it also has copies in WebP (which holds at most 16,383 pixels a side).
    let hasWebP: Bool
}

/// A resized copy of a raster image, in its own format or in WebP.
struct ImageCopy: Sendable, Hashable {
    let image: SiteImage
    let width: Int
    /// `webp`, or the image's own format.
    let format: String

    var path: SitePath { ImageCopy.path(of: image.path, width: width, format: format) }
    var height: Int { max(1, (image.size.height * width + image.size.width / 2) / image.size.width) }

    /// `/media/foto.jpg` at 800 px in WebP: `/media/foto.800w.webp`.
    static func path(of original: SitePath, width: Int, format: String) -> SitePath {
        let url = original.url
        let dot = url.lastIndex(of: ".") ?? url.endIndex
        let ownExtension = url[dot...].dropFirst()
        let name = String(url[..<dot]) + ".\(width)w." + (format == "webp" ? "webp" : String(ownExtension))
        return SitePath(checking: name)!
    }
}

/// A page that gets a share card of its own: the home page, a topic's page or a document's.
enum CardPage: Sendable {
    case home
    case topic(Slug)
    case document(Document)
}

/// What a shared link of a page shows as its picture: a card made with its title, or a crop
/// of its own image.
struct ShareCardSubject: Sendable {
    let page: CardPage
    let title: String
    /// The page's own image, cropped for the card instead of a title card.
    let image: SiteImage?
    /// What the picture shows, for `og:image:alt`.
    let alt: String
}

/// The site's images: every image file with its size and copies, the cards shared links
/// show, and what is wrong with the images documents and site.yaml name.
struct SiteImages: Sendable {
    /// Every image file of the site by its address.
    var byPath: [SitePath: SiteImage] = [:]
    /// The resized copies to make, in address order.
    var copies: [ImageCopy] = []
    /// The pages that get a share card: the documents in the order of their kinds, then the
    /// home page and the topics.
    var cards: [ShareCardSubject] = []
    /// Each published document's own image (`image:`), by the document's path.
    var documentImages: [String: SiteImage] = [:]
    /// site.yaml's `logo` (an SVG) and `image`, the picture of pages without a card.
    var logo: SiteImage?
    var fallback: SiteImage?
    var problems: [BuildError] = []
    /// The path the site is served under (`/sub/`), which addresses in the content leave out.
    private var basePath = "/"

    /// Copies are made for images wider than the text column (42rem, 672 px), at these widths
    /// below their own; browsers choose by the screen's width and density.
    static let copyWidths = [480, 800, 1200, 1600]
    static let columnWidth = 672
    /// The most pixels a WebP picture may have on a side: a wider panorama gets copies in its
    /// own format only.
    static let webPLimit = 16_383

    init() {}

    init(files: [CopiedFile], documents: Documents, topics: [Term], config: SiteConfig?) {
        for file in files {
            guard let size = file.image else { continue }
            let widths =
                size.isRaster && size.format != "gif" && size.width > Self.columnWidth
                ? Self.copyWidths.filter { $0 < size.width } : []
            let webp = !widths.isEmpty && max(size.width, size.height) <= Self.webPLimit
            let image = SiteImage(
                source: file.source, path: file.sitePath, size: size, copyWidths: widths, hasWebP: webp)
            byPath[file.sitePath] = image
            for width in widths {
                if webp { copies.append(ImageCopy(image: image, width: width, format: "webp")) }
                copies.append(ImageCopy(image: image, width: width, format: size.format))
            }
            if webp { copies.append(ImageCopy(image: image, width: size.width, format: "webp")) }
        }
        copies.sort { $0.path < $1.path }
        guard let config else { return }
        basePath = SiteBase(url: config.baseURL).path
        if let logo = config.share.logo, let location = config.share.logoLocation {
            self.logo = resolve(logo.url, at: location, what: "the logo")
            if let image = self.logo, image.size.format != "svg" {
                problems.append(BuildError(location, "the logo must be an SVG file (icons are made from it)"))
                self.logo = nil
            }
        }
        if let image = config.share.image, let location = config.share.imageLocation {
            fallback = resolve(image.url, at: location, what: "the share picture")
        }
        var cards: [ShareCardSubject] = []
        for document in documents.all {
            let picture = document.picture
            let image = picture.flatMap { resolve($0.path, at: $0.location, what: "the image") }
            documentImages[document.path] = image
            cards.append(subject(.document(document), document.title, image, picture?.alt, config))
        }
        guard config.share.cards else { return }
        // Beside the site's name, the home card says what the site is: its tagline, or else its
        // description; the title again only when there is neither.
        let description = config.description.trimmingCharacters(in: .whitespacesAndNewlines)
        let homeText = config.tagline != config.title || description.isEmpty ? config.tagline : description
        cards.append(subject(.home, homeText, nil, nil, config))
        for topic in topics { cards.append(subject(.topic(topic.slug), topic.name, nil, nil, config)) }
        self.cards = cards
    }

    private func subject(
        _ page: CardPage, _ title: String, _ image: SiteImage?, _ alt: String?, _ config: SiteConfig
    ) -> ShareCardSubject {
        // An SVG is no picture social sites show: its page gets a title card.
        let crop = image?.size.isRaster == true ? image : nil
        let described = alt.flatMap { $0.isEmpty ? nil : $0 } ?? title
        return ShareCardSubject(
            page: page, title: title, image: crop,
            alt: crop == nil ? (title == config.title ? title : "\(title) | \(config.title)") : described)
    }

    /// The image file at `address`, or nil with an error at `location`.
    private mutating func resolve(_ address: String, at location: SourceLocation, what: String) -> SiteImage? {
        if let path = SitePath(checking: address), let image = byPath[path] { return image }
        if basePath != "/", address.hasPrefix(basePath),
            let path = SitePath(checking: "/" + address.dropFirst(basePath.count)),
            byPath[path] != nil
        {
            problems.append(
                BuildError(
                    location,
                    "\(what) '\(address)' includes the site's path \(basePath): write it from the site's root, "
                        + "as '\(path.url)'; the build adds the path to every address"))
            return nil
        }
        var advice = Advice(kind: .noSuchPicture)
        advice.value = address
        problems.append(
            BuildError(
                location,
                "\(what) '\(address)' is not an image file of the site: put it in content/media/ (as /media/…) "
                    + "or theme/assets/ (as /assets/…), as a JPEG, PNG, WebP, GIF or SVG", advice: advice))
        return nil
    }
}
