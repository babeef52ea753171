import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import VeenbrandKit

/// `veenbrand serve`: the preview site over HTTP with Hummingbird, pages reloading themselves
/// after every rebuild, and the build's errors shown in the browser instead of the site.
public struct PreviewServer: Sendable {
    /// The Server-Sent Events stream that tells open pages to reload.
    public static let eventsPath = "/__veenbrand/events"
    /// The script every previewed page loads to listen to that stream.
    public static let scriptPath = "/__veenbrand/reload.js"

    let site: PreviewSite
    let broadcaster: ReloadBroadcaster

    /// Whether `error` says the port is taken (another server listens on it).
    public static func isPortTaken(_ error: any Error) -> Bool {
        (error as? IOError)?.errnoCode == EADDRINUSE
    }

    /// A server for `site`, telling its pages to reload through `broadcaster`.
    public init(site: PreviewSite, broadcaster: ReloadBroadcaster) {
        self.site = site
        self.broadcaster = broadcaster
    }

    /// The Hummingbird application serving the preview on `host:port`.
    public func application(
        host: String, port: Int, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: PreviewGuard(host: host))
        let broadcaster = self.broadcaster
        router.get(RouterPath(Self.eventsPath)) { _, _ -> Response in
            // Ends with the server: an open page must not keep Ctrl-C from stopping it.
            let stream = await broadcaster.subscribe().cancelOnGracefulShutdown()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                body: ResponseBody(asyncSequence: stream))
        }
        router.get(RouterPath(Self.scriptPath)) { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Self.reloadScript)))
        }
        router.get(RouterPath(SharePreview.path)) { request, _ -> Response in
            self.sharePreview(of: request.uri.queryParameters.get("pagina") ?? self.site.basePath)
        }
        let serve: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            self.response(for: request.uri.path)
        }
        router.get("/", use: serve)
        router.get("**", use: serve)
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "veenbrand"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: Logger(label: "veenbrand.serve", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    /// The response for a path: a page of the last good build, or the error page while the
    /// build is broken. The site is served under its base path (`/sub/` for a base URL with a
    /// path); `/` leads there. Paths that try to leave the site are refused with 403.
    func response(for rawPath: String) -> Response {
        let base = site.basePath
        if base != "/", rawPath == "/" || rawPath + "/" == base {
            return Response(status: .found, headers: [.location: base])
        }
        let resolution =
            rawPath.hasPrefix(base)
            ? PreviewFiles(root: site.output).resolve("/" + rawPath.dropFirst(base.count)) : .notFound
        if case .failed(_, let errors) = site.state, !errors.isEmpty, resolution != .forbidden, isPage(rawPath) {
            return html(ErrorPage.html(errors, site: site.source), status: .internalServerError)
        }
        switch resolution {
        case .forbidden:
            return Response(
                status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "403 Forbidden: this path is outside the site\n")))
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: base + location.dropFirst()])
        case .notFound:
            let notFound = site.output.appendingPathComponent("404.html")
            let page =
                (try? String(contentsOf: notFound, encoding: .utf8)) ?? "<!DOCTYPE html><title>404</title><h1>404</h1>"
            return html(page, status: .notFound)
        case .file(let url):
            guard let data = FileManager.default.contents(atPath: url.path) else { return html("", status: .notFound) }
            let type = PreviewFiles.contentType(for: url)
            if type.hasPrefix("text/html") {
                return html(String(decoding: data, as: UTF8.self), status: .ok, notice: site.notice(forPage: rawPath))
            }
            return Response(
                status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    /// How a shared link to `page` looks (`SharePreview`).
    func sharePreview(of page: String) -> Response {
        guard let preview = SharePreview.html(for: page, base: site.basePath, output: site.output) else {
            return Response(
                status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "No page \(page) in the preview\n")))
        }
        return html(preview, status: .ok)
    }

    private func isPage(_ rawPath: String) -> Bool {
        let last = rawPath.split(separator: "/").last.map(String.init) ?? ""
        return rawPath.hasSuffix("/") || last.hasSuffix(".html") || !last.contains(".")
    }

    /// An HTML response with the reload script added before `</body>`, and `notice` (what
    /// `check` found on the page) at the top of the body.
    private func html(_ page: String, status: HTTPResponse.Status, notice: String? = nil) -> Response {
        let tag = "<script src=\"\(Self.scriptPath)\"></script>\n"
        var text = page
        if let notice, let body = text.range(of: "<body"), let end = text[body.upperBound...].firstIndex(of: ">") {
            text.insert(contentsOf: "\n" + notice, at: text.index(after: end))
        }
        if let body = text.range(of: "</body>", options: .backwards) {
            text.insert(contentsOf: tag, at: body.lowerBound)
        } else {
            text += tag
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static let reloadScript = """
        // Veenbrand preview: reload when the site has been rebuilt.
        (function () {
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("reload", function () { window.location.reload(); });
        })();

        """
}
