extension SiteAddresses {
    /// The page a card is for.
    func page(_ page: CardPage) -> SitePath {
        switch page {
        case .home: .root
        case .topic(let slug): topic(slug)
        case .document(let document): self.document(document)
        }
    }

    /// Where a card is: `/nieuws/welkom/deelkaart.png` (`.jpg` for a crop of a photo).
    func card(_ subject: ShareCardSubject) -> SitePath {
        shareCard(of: page(subject.page), photo: subject.image != nil)
    }
}

/// The picture a shared link of a page shows: a 1200×630 card with the page's title on the
/// site's colours, or a crop of the page's own image (see `SiteImages.cards`). Made before the
/// other files: the feeds give each card's size.
final class ShareCards: Producer {
    let name = "a share card"
    let kind = OutputKind.other
    let isMadeFirst = true

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.images.cards.enumerated().map { Route(addresses.card($1), self, item: $0) }.sorted { $0.path < $1.path }
    }

    func contents(_ route: Route, _ context: RenderContext) throws(BuildError) -> OutputContents {
        let subject = context.site.images.cards.owned(by: route)
        do throws(Vips.Failure) {
            if let image = subject.image {
                return .bytes(try ShareCardImage.crop(imageAt: context.sourcePath(image.source)))
            }
            let title = context.hyphenator?.softHyphenated(subject.title[...]) ?? subject.title
            return .bytes(try context.cardImage.render(title: title))
        } catch {
            let reason = error.reason(otherwise: "libvips failed on it")
            throw BuildError(
                path: subject.image?.source ?? "content/site.yaml",
                "the share card of \(context.addresses.page(subject.page)) could not be made: \(reason)")
        }
    }
}
