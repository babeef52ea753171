import Hummingbird

/// What the preview server answers before anything else: only `GET` and `HEAD` (anything else
/// gets 405), and only for a request addressed to the server itself — the host it listens on,
/// `localhost` or a loopback address — so that a page of another site cannot read the preview
/// (and its drafts) by pointing its own name at 127.0.0.1 (DNS rebinding). A server listening
/// on every interface (`0.0.0.0`, `::`) answers any name, and so does a request without a
/// `Host` (no browser sends one).
struct PreviewGuard<Context: RequestContext>: RouterMiddleware {
    /// The host the server listens on.
    let host: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(
                status: .methodNotAllowed, headers: [.allow: "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(string: "405 Method Not Allowed: the preview only serves pages\n")))
        }
        guard Self.accepts(request.head.authority, listeningOn: host) else {
            return Response(
                status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(string: "403 Forbidden: this preview answers only to its own address\n")))
        }
        return try await next(request, context)
    }

    /// Whether a request for `authority` (the `Host` header, with or without a port) is one
    /// the server on `host` should answer.
    static func accepts(_ authority: String?, listeningOn host: String) -> Bool {
        if host == "0.0.0.0" || host == "::" { return true }
        // Browsers always name the host; a client that names none is not a page of another site.
        guard let authority, !authority.isEmpty else { return true }
        let name: Substring
        if authority.hasPrefix("[") {
            name = authority.dropFirst().prefix { $0 != "]" }
        } else {
            name = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0]
        }
        let lowered = name.lowercased()
        return lowered == host.lowercased() || lowered == "localhost" || lowered == "::1"
            || (lowered.hasPrefix("127.") && lowered.split(separator: ".").count == 4
                && lowered.split(separator: ".").allSatisfy { UInt8($0) != nil })
    }
}
