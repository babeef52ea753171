import Foundation

/// Maps a request path to a file of the built site, refusing anything that could leave it.
struct PreviewFiles: Sendable {
    let root: URL

    enum Resolution: Equatable, Sendable {
        case file(URL)
        /// A folder asked for without its trailing slash: redirect so relative links work.
        case redirect(String)
        case notFound
        /// The path tries to leave the site (`..`, encoded or not) or is malformed.
        case forbidden
    }

    /// `rawPath` is the request's path as sent, percent-encoding included.
    func resolve(_ rawPath: String) -> Resolution {
        guard let decoded = rawPath.removingPercentEncoding, decoded.hasPrefix("/"),
            !decoded.contains("\0"), !decoded.contains("\\")
        else { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) { return .forbidden }
        var url = root
        for segment in segments { url.appendPathComponent(String(segment)) }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            // The folder itself, with its slash, and never with two at the start: `//x/` would
            // be an address on another host.
            guard decoded.hasSuffix("/") else { return .redirect(Self.path(segments) + "/") }
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return .notFound }
        }
        let resolved = url.resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootPath + "/") else { return .forbidden }
        return .file(url)
    }

    /// `/a/b` from decoded segments, each percent-encoded again where it must be.
    private static func path(_ segments: [Substring]) -> String {
        "/"
            + segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }
            .joined(separator: "/")
    }

    /// The `Content-Type` for a file: by its extension, in `MediaTypes`.
    static func contentType(for url: URL) -> String { MediaTypes.type(of: url.lastPathComponent) }
}
