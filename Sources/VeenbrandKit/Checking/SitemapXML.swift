import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A sitemap file (sitemaps.org) parsed with Foundation's XML parser: the page addresses of a
/// `<urlset>` with the line of each `<loc>`, or the sitemaps of a `<sitemapindex>`.
enum SitemapXML {
    struct Parsed {
        var pages: [PublishedSitemap.Entry] = []
        /// The sitemaps an index lists, each with where it lists them.
        var sitemaps: [(address: String, location: SourceLocation)] = []
        var problems: [Diagnostic] = []
    }

    static func parse(_ data: Data, path: String) -> Parsed {
        let reader = Reader(path: path)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        // Foundation on Linux can answer `true` after an error: the delegate's first error counts.
        if !parser.parse() || reader.firstError != nil {
            let error = reader.firstError ?? (max(parser.lineNumber, 1), max(parser.columnNumber, 1), 0)
            reader.parsed.problems.append(
                Diagnostic(
                    .error, SourceLocation(path: path, line: error.line, column: error.column),
                    "the published sitemap is not a valid sitemap: its XML is broken here (libxml2 error \(error.code))"
                ))
        } else if !reader.sawRoot {
            reader.parsed.problems.append(
                Diagnostic(
                    .error, SourceLocation(path: path),
                    "the published sitemap has no <urlset> or <sitemapindex>: is it a sitemap?"))
        }
        return reader.parsed
    }

    private final class Reader: NSObject, XMLParserDelegate {
        let path: String
        var parsed = Parsed()
        var sawRoot = false
        var firstError: (line: Int, column: Int, code: Int)?
        private var elements: [String] = []
        private var text = ""
        private var line = 1
        private var column = 1

        init(path: String) { self.path = path }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if elements.isEmpty, name == "urlset" || name == "sitemapindex" { sawRoot = true }
            elements.append(name)
            if name == "loc" {
                text = ""
                line = max(parser.lineNumber, 1)
                column = max(parser.columnNumber, 1)
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if firstError == nil {
                firstError = (max(parser.lineNumber, 1), max(parser.columnNumber, 1), (parseError as NSError).code)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if elements.last == "loc" { text += string }
        }

        /// The address's path as it is written in the site (`/nieuws/café/`); if its percent
        /// escapes are not UTF-8 (`%E9`), as escaped, never with a replacement character.
        static func path(of address: URLComponents) -> String {
            let escaped = address.percentEncodedPath.isEmpty ? "/" : address.percentEncodedPath
            return escaped.removingPercentEncoding ?? escaped
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { elements.removeLast() }
            guard name == "loc", elements.count >= 2 else { return }
            let address = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch elements[elements.count - 2] {
            case "url":
                let decoded = URLComponents(string: address).map(Self.path(of:))
                guard let decoded else {
                    parsed.problems.append(
                        Diagnostic(
                            .error, SourceLocation(path: path, line: line, column: column),
                            "'\(address)' in the published sitemap is not a valid address"))
                    return
                }
                parsed.pages.append(
                    PublishedSitemap.Entry(
                        path: decoded, location: SourceLocation(path: path, line: line, column: column)))
            case "sitemap":
                parsed.sitemaps.append((address, SourceLocation(path: path, line: line, column: column)))
            default:
                break
            }
        }
    }
}
