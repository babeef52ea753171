extension SitePath {
    static let robots = SitePath.file("robots.txt")
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
final class RobotsFile: Producer {
    let name = "robots.txt"
    let kind = OutputKind.other
    let reservedNames = ["robots.txt"]

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        [Route(.robots, self)]
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        .text(Self.text(sitemapURL: context.absolute(.sitemap)))
    }

    static func text(sitemapURL: String) -> String { "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n" }
}
