/// The picture a shared link of a page shows: a 1200×630 card with the page's title on the
/// site's colours, or a crop of the page's own image (see `SiteImages.cards`).
final class ShareCards: Producer {
    let name = "a share card"
    let kind = OutputKind.other

    func routes(_ site: SiteModel) -> [Route] {
        site.images.cards.enumerated().map { Route($1.path, self, item: $0) }
    }

    /// A title card is made again only when its title or the cards' look changes; a crop, when
    /// its image file does.
    func fingerprint(_ route: Route, _ context: RenderContext) -> Fingerprint {
        Self.fingerprint(of: route.item, context)
    }

    static func fingerprint(of index: Int, _ context: RenderContext) -> Fingerprint {
        let subject = context.site.images.cards[index]
        if let image = subject.image {
            var fingerprint = context.sourceFingerprint(image.source)
            fingerprint.add("crop 1")
            return fingerprint
        }
        var fingerprint = context.cardStyleFingerprint
        fingerprint.add(subject.title)
        return fingerprint
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        if let bytes = context.pictureLengths.takeMade(route.item) { return .bytes(bytes) }
        let bytes = try Self.make(route.item, context)
        context.pictureLengths.made(route.item, bytes)
        return .bytes(bytes)
    }

    /// Card `index` of `SiteImages.cards`, made now.
    static func make(_ index: Int, _ context: RenderContext) throws(BuildError) -> [UInt8] {
        let subject = context.site.images.cards[index]
        do throws(Vips.Failure) {
            if let image = subject.image {
                return try ShareCardImage.crop(imageAt: context.sourcePath(image.source))
            }
            return try context.pictures.cards.render(title: subject.title)
        } catch {
            throw BuildError(
                path: subject.image?.source ?? "content/site.yaml",
                "the share card of \(subject.page) "
                    + "could not be made: \(error.message)")
        }
    }
}
