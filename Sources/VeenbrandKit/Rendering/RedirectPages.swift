/// A small page at each old address (`aliases:`) that sends the reader on at once: a
/// `<meta http-equiv="refresh">`, the new address as canonical, a link to follow by hand, and
/// `noindex`. Hosts that read `_redirects` answer with a 301 before it is ever shown.
final class RedirectPages: Producer {
    let name = "a redirect"
    let kind = OutputKind.redirect

    func routes(_ site: SiteModel, _ addresses: SiteAddresses, listing earlier: [Route]) -> [Route] {
        site.redirects.enumerated().map { index, redirect in
            Route(redirect.alias.path, self, item: index, claim: Claim(redirect.alias))
        }
    }

    func contents(_ route: Route, _ context: RenderContext) -> OutputContents {
        let redirect = context.site.redirects.owned(by: route)
        let targetPath = context.addresses.document(redirect.target)
        let target = Escaping.html(context.href(targetPath))
        let title = Escaping.html(redirect.target.title)
        return .text(
            """
            <!DOCTYPE html>
            <html lang="\(Escaping.html(context.config.language))">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(Escaping.html(context.absolute(targetPath)))">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <p>\(Escaping.html(context.strings["movedTo"])) <a href="\(target)">\(title)</a>.</p>
            </body>
            </html>

            """)
    }
}
