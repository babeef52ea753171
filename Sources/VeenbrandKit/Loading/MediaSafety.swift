import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What the editors' media may be: files a browser shows, never ones it runs. The media are
/// served from the site's own address, so a page or a script among them could act as the site
/// (read what a reader typed, send them elsewhere). They are copied unchanged, so a file that
/// could run script is refused, not cleaned: the editor replaces it.
///
/// The theme's assets are not checked: they are the theme's own scripts and styles.
enum MediaSafety {
    /// What may be in the media, by name: pictures, documents, sound, video and calendars,
    /// which a browser shows, plays or hands to another program. Anything else (a page, a script,
    /// XML of any kind, which a browser renders with its scripts when it holds XHTML) is refused.
    static let allowedExtensions: [(kind: String, names: [String])] = [
        ("pictures", ["jpg", "jpeg", "png", "webp", "gif", "svg", "avif"]),
        ("documents", ["pdf", "txt", "csv", "odt", "ods", "odp", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "epub"]),
        ("sound and video", ["mp3", "m4a", "ogg", "oga", "opus", "wav", "flac", "mp4", "m4v", "webm", "ogv", "vtt"]),
        ("calendars and archives", ["ics", "zip"]),
    ]
    private static let allowed = Set(allowedExtensions.flatMap(\.names))

    /// SVG elements that run script or hold a page: `<foreignObject>` can hold HTML with
    /// scripts, `<iframe>`, `<embed>` and `<object>` other documents.
    static let refusedElements: Set<String> = [
        "script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
    ]

    /// Addresses that run script, or load a document that can: `data:` pages and drawings.
    static let scriptAddresses = [
        "javascript:", "vbscript:", "data:text/html", "data:application/", "data:image/svg+xml", "data:text/xml",
    ]

    /// Why the media file at `path` may not be published, if it may not (by its name).
    static func problem(withName path: String) -> BuildError? {
        let name = path.split(separator: "/").last ?? ""
        let suffix = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        guard !allowed.contains(suffix) else { return nil }
        let kinds = allowedExtensions.map { "\($0.kind) (\($0.names.joined(separator: ", ")))" }
        return BuildError(
            path: path,
            (suffix.isEmpty ? "a file without a type" : "a .\(suffix) file")
                + " in the media could be opened as part of the site, with its address: the media may hold "
                + kinds.joined(separator: ", "))
    }

    /// The encodings an SVG may declare: a drawing in another one is read differently by
    /// different programs, which a check must not allow.
    static func declaresOtherEncoding(_ text: String) -> Bool {
        let text = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        guard text.hasPrefix("<?xml"), let end = text.firstIndex(of: ">") else { return false }
        let prolog = text[..<end].lowercased().replacingOccurrences(of: "\"", with: "'")
        guard let range = prolog.range(of: "encoding='") else { return false }
        let name = prolog[range.upperBound...].prefix { $0 != "'" }
        return !["utf-8", "utf8", "us-ascii", "ascii"].contains(String(name))
    }

    /// Why the SVG `text` (the file at `path`) may not be published: the first element or
    /// attribute that can run script, at its line; or nil.
    static func scriptInSVG(_ text: String, path: String) -> BuildError? {
        if declaresOtherEncoding(text) {
            return BuildError(
                path: path,
                "this SVG declares an encoding other than UTF-8, so it cannot be checked for scripts: "
                    + "save it again as UTF-8")
        }
        let parser = XMLParser(data: Data(text.utf8))
        let finder = ScriptFinder()
        parser.delegate = finder
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let found = finder.found {
            return BuildError(
                path: path, line: found.line, column: found.column,
                "this SVG can run script (\(found.what)), which would run as part of the site: "
                    + "remove it, or save the drawing again as a plain SVG (or a PNG)")
        }
        guard parsed, !finder.failed else {
            return BuildError(
                path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber),
                "this SVG is not well-formed XML, so it cannot be checked for scripts: save it again")
        }
        return nil
    }

    /// Whether an attribute's value can run script when followed or loaded: a `javascript:`
    /// address (whitespace and case do not matter to a browser) or a page as a `data:` address.
    static func runsScript(_ value: String) -> Bool {
        let plain = String(value.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        return scriptAddresses.contains { plain.contains($0) }
    }

    /// Looks through an SVG's elements for the first that can run script.
    private final class ScriptFinder: NSObject, XMLParserDelegate {
        var found: (line: Int, column: Int, what: String)?
        /// Whether the XML was found broken (`parse()` does not always say so).
        var failed = false

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            guard found == nil else { return }
            let element = local(elementName)
            var what: String?
            if MediaSafety.refusedElements.contains(element) {
                what = "a <\(elementName)> element"
            } else if let handler = attributes.keys.sorted().first(where: { local($0).hasPrefix("on") }) {
                what = "the event attribute \(handler) on <\(elementName)>"
            } else if let (name, _) = attributes.sorted(by: { $0.key < $1.key }).first(where: {
                MediaSafety.runsScript($0.value)
            }) {
                what = "a script address in \(name) on <\(elementName)>"
            } else if ["set", "animate"].contains(element), let target = attributes["attributeName"],
                local(target).hasPrefix("on") || local(target) == "href"
            {
                what = "an animation of \(target)"
            }
            if let what {
                found = (max(1, parser.lineNumber), max(1, parser.columnNumber), what)
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            guard found == nil, target.lowercased() == "xml-stylesheet" else { return }
            found = (max(1, parser.lineNumber), max(1, parser.columnNumber), "a style sheet processing instruction")
            parser.abortParsing()
        }

        /// `xlink:href` → `href`, lowercased.
        private func local(_ name: String) -> String {
            String(name.split(separator: ":").last ?? Substring(name)).lowercased()
        }
    }
}
