import ArgumentParser
import Foundation
import VeenbrandKit
import VeenbrandServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it, serve it, rebuild on every change and reload open pages.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 1313

    @Flag(inversion: .prefixedNo, help: "Show drafts (with a 'Concept' banner).")
    var drafts = true

    @Flag(inversion: .prefixedNo, help: "Show articles dated after now (with a 'Gepland' banner).")
    var future = true

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port \(port) is not a port: use 1 to 65535, or 0 for any free one")
        }
    }

    func run() async throws {
        let fixedNow: Int? =
            site.now != nil || ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil
            ? try site.resolvedNow() : nil
        let preview = PreviewSite(
            source: site.sourceURL, origin: "http://\(Self.urlHost(host)):\(port)",
            includeDrafts: drafts, includeFuture: future, maxImagePixels: site.maxImagePixels,
            clock: { fixedNow ?? Int(Date().timeIntervalSince1970) })
        defer { preview.cleanUp() }

        let broadcaster = ReloadBroadcaster()
        // `check` after each good build, beside the server: pages with something to fix get a
        // notice at their top, and open pages reload once more when the notices change.
        let checks = DispatchQueue(label: "veenbrand.serve.notices")
        let findNotices = { @Sendable (state: PreviewSite.State) in
            checks.async {
                if preview.findNotices(after: state.generation) {
                    Task { await broadcaster.reload(generation: state.generation) }
                }
            }
        }
        let watcher = SiteWatcher(folders: preview.watchedFolders) {
            let state = preview.rebuild()
            report(state)
            Task { await broadcaster.reload(generation: state.generation) }
            findNotices(state)
        }
        watcher.start()
        defer { watcher.stop() }

        let server = PreviewServer(site: preview, broadcaster: broadcaster)
        let app = server.application(host: host, port: port) { [watcher, host] actualPort in
            // The site's links use the port the server really has (with --port 0, a free one).
            preview.serve(from: "http://\(Self.urlHost(host)):\(actualPort)")
            let state = preview.rebuild()
            report(state)
            findNotices(state)
            print(
                "Serving the preview at http://\(Self.urlHost(host)):\(actualPort)\(preview.basePath) "
                    + "(watching content/ and theme/ with \(watcher.method)); press Ctrl-C to stop.\n"
                    + "How a shared link looks: http://\(Self.urlHost(host)):\(actualPort)\(SharePreview.path)"
                    + "?pagina=<a page's address, like \(preview.basePath)…/>"
            )
            fflush(nil)
        }
        do {
            try await app.runService()
        } catch let error where PreviewServer.isPortTaken(error) {
            Console.error(
                "Error: port \(port) is in use (another veenbrand serve?): choose another with --port, "
                    + "like --port \(port == 65535 ? 1313 : port + 1), or --port 0 for any free one")
            throw ExitCode(1)
        }
        print("\nStopped.")
    }

    /// A host as it stands in a URL: an IPv6 address in brackets.
    static func urlHost(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }
}

private func report(_ state: PreviewSite.State) {
    let time = Date().formatted(date: .omitted, time: .standard)
    switch state {
    case .built(let generation, let summary):
        print(
            "[\(time)] build \(generation): \(summary.articles) articles, \(summary.pages) pages, "
                + "\(summary.feeds) feeds"
        )
        fflush(nil)  // each rebuild's line shows at once, also in a log file
    case .failed(let generation, let errors):
        Console.error("[\(time)] build \(generation) failed; the browser shows these errors:")
        for error in errors { Console.error(error.description) }
    }
}
