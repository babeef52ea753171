/// Narrower copies of the site's wide images, in WebP and in their own format, for the
/// `srcset` of every `<img>` that shows them: a phone loads a picture its size.
final class ImageCopies: Producer {
    let name = "a resized image"
    let kind = OutputKind.other

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.images.copies.enumerated().map { Route($1.path, self, item: $0) }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let copy = context.site.images.copies.owned(by: route)
        do throws(Vips.Failure) {
            return .bytes(
                try ResizedImage.copy(of: context.sourcePath(copy.image.source), width: copy.width, format: copy.format)
            )
        } catch {
            throw BuildError(
                path: copy.image.source,
                "this image cannot be resized: \(error.reason(otherwise: "libvips failed on it"))")
        }
    }
}
