extension SitePath {
    static let redirects = SitePath.file("_redirects")
}

/// `_redirects`, the file Netlify and Cloudflare Pages read: a 301 from each old address to
/// the new one. Written only when a document has aliases.
final class RedirectsFile: Producer {
    let name = "the _redirects file"
    let kind = OutputKind.other
    let reservedNames = ["_redirects"]

    /// The most redirects the strictest host reads from `_redirects`: Cloudflare Pages takes
    /// 2,000 static rules (and 100 with patterns, which aliases never are); Netlify reads more.
    static let hostLimit = 2_000

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.redirects.isEmpty ? [] : [Route(.redirects, self)]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        .text(lines(context).map { $0 + "\n" }.joined())
    }

    private func lines(_ context: RenderContext) -> [String] {
        context.site.redirects.map {
            "\(context.href($0.alias.path)) \(context.href(context.addresses.document($0.target))) 301"
        }.sorted()
    }
}
