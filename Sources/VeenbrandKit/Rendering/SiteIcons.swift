extension SitePath {
    /// The 32 px PNG icon tabs and bookmarks show where they take no SVG.
    static let favicon = SitePath.file("favicon-32.png")
    /// The 180 px icon a phone's home screen shows; iOS looks for it at this address.
    static let touchIcon = SitePath.file("apple-touch-icon.png")
    /// The feeds' channel image: RSS allows 144 px at most.
    static let feedIcon = SitePath.file("icon-144.png")
}

/// The PNG icons made from site.yaml's `logo` (an SVG), on the cards' background colour.
final class SiteIcons: Producer {
    let name = "an icon"
    let kind = OutputKind.other
    static let sizes: [(path: SitePath, size: Int)] = [(.favicon, 32), (.feedIcon, 144), (.touchIcon, 180)]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        guard site.images.logo != nil else { return [] }
        return Self.sizes.enumerated().map { Route($1.path, self, item: $0) }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let logo = context.site.images.logo?.source ?? "content/site.yaml"
        do throws(Vips.Failure) {
            guard let bytes = context.cardStyle.logo else { throw Vips.Failure(message: "the logo cannot be read") }
            return .bytes(
                try ResizedImage.icon(
                    logo: bytes, size: Self.sizes[route.item].size, background: context.cardStyle.background))
        } catch {
            throw BuildError(
                path: logo, "no icon could be made of this logo: \(error.reason(otherwise: "libvips failed on it"))")
        }
    }
}
