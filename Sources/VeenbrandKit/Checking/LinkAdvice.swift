import Foundation

/// Advice on a document's links and images, for readers who cannot see the page or the
/// context: images need alt text, a link's text says where it goes, a link to a document says
/// what it is and how big.
enum LinkAdvice {
    /// Link texts that say nothing out of context, as screen reader users hear them in a list
    /// of the page's links (compared without case and punctuation).
    static let vagueTexts: Set<String> = [
        "hier", "klik hier", "klik", "lees meer", "lees verder", "meer", "meer info", "meer informatie", "deze link",
        "link", "deze pagina", "verder", "zie hier", "click here", "here", "read more", "more", "this link",
    ]

    /// File types a browser hands to another program: readers should know before they click.
    static let documentTypes = [
        "pdf": "PDF", "doc": "Word", "docx": "Word", "odt": "ODT", "xls": "Excel", "xlsx": "Excel", "ods": "ODS",
        "ppt": "PowerPoint", "pptx": "PowerPoint", "odp": "ODP", "zip": "ZIP", "epub": "EPUB",
    ]

    /// The warnings for the links and images of one document.
    static func diagnostics(_ links: [ContentLink]) -> [Diagnostic] {
        links.compactMap { link in link.isImage ? imageProblem(link) : linkProblem(link) }
    }

    private static func imageProblem(_ image: ContentLink) -> Diagnostic? {
        guard image.text.allSatisfy(\.isWhitespace) else { return nil }
        return Diagnostic(
            .warning, image.location,
            "image '\(image.url)' has no alt text: describe what it shows between the brackets, "
                + "![like this](\(image.url)), for readers who cannot see it", notice: .noAltText(image.url))
    }

    private static func linkProblem(_ link: ContentLink) -> Diagnostic? {
        let text = CMark.collapsingWhitespace(link.text)
        let words = text.lowercased().filter { $0.isLetter || $0 == " " }
        if vagueTexts.contains(words.trimmingCharacters(in: .whitespaces)) {
            return Diagnostic(
                .warning, link.location,
                "the link text '\(text)' says nothing on its own: name where it goes, e.g. "
                    + "[het verslag van de bijeenkomst](…), as screen readers list links by their text")
        }
        if isBareAddress(text) {
            return Diagnostic(
                .warning, link.location,
                "the link text is the address itself: write what it leads to, e.g. [de website van de gemeente](…); "
                    + "screen readers read an address letter by letter")
        }
        if let type = documentType(link.url), !(text.localizedCaseInsensitiveContains(type) && hasSize(text)) {
            return Diagnostic(
                .warning, link.location,
                "this link leads to a document (\(type)): say its type and size in the link text, e.g. "
                    + "[\(text) (\(type), 1,2 MB)](…), so readers on a phone can decide before they download")
        }
        return nil
    }

    /// Whether a link's text is a web address (an e-mail address is fine: readers need to see it).
    private static func isBareAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    /// The type of document a link leads to, by its file extension, or nil for a page.
    static func documentType(_ url: String) -> String? {
        guard let path = URLComponents(string: url)?.path, let dot = path.lastIndex(of: "."),
            !path[dot...].contains("/")
        else { return nil }
        return documentTypes[path[path.index(after: dot)...].lowercased()]
    }

    /// Whether `text` gives a size: a number followed by kB, KB, MB or GB (and variants).
    static func hasSize(_ text: String) -> Bool {
        text.range(of: #"\d\s?(kb|mb|gb|kilobyte|megabyte)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
