/// How the site's addresses are made, from its address words (`AddressWords`): the one scheme
/// the producers, the route table and the templates' links all use. What is shared is here;
/// each kind of output adds its own beside its producer (`topic(_:)` in `TopicPages.swift`).
struct SiteAddresses: Sendable, Hashable {
    let words: AddressWords

    init(words: AddressWords = AddressWords()) { self.words = words }

    /// The folder a word names: `/themas/`.
    func folder(_ word: AddressWord) -> SitePath { .folder(words[word]) }

    /// A document's own address: under its kind's word (`/nieuws/<slug>/`) or at the top.
    func document(_ kind: DocumentKind, _ slug: Slug) -> SitePath {
        kind.word.map { .folder(words[$0], slug.value) } ?? .folder(slug.value)
    }

    func document(_ document: Document) -> SitePath { self.document(document.kind, document.slug) }

    /// Page `number` (1-based) of the list at `list`: the list itself, then `pagina/2/`, ….
    func listPage(_ number: Int, of list: SitePath) -> SitePath {
        precondition(list.isFolder && number >= 1, "pages are numbered folders")
        return number == 1 ? list : list.appending(folder: words[.page], String(number))
    }

    /// The list whose later page `path` is: `/themas/x/` for `/themas/x/pagina/3/`, `/` for
    /// `/pagina/2/`; nil for other addresses. On a path as written, so that a published
    /// address can be asked too.
    func list(ofListPage path: String) -> String? {
        // Most addresses end in no number: they are answered without splitting them.
        let bytes = path.utf8
        var end = bytes.endIndex
        if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") {
            end = bytes.index(before: end)
        }
        var start = end
        while start > bytes.startIndex, (48...57).contains(bytes[bytes.index(before: start)]) {
            start = bytes.index(before: start)
        }
        guard start < end else { return nil }
        let segments = path.split(separator: "/")
        guard segments.count >= 2, segments[segments.count - 2] == words[.page], Int(segments.last!) != nil else {
            return nil
        }
        return "/" + segments.dropLast(2).map { $0 + "/" }.joined()
    }

    /// The share card of the page at `page`: `/nieuws/welkom/deelkaart.png` (`.jpg` for a crop
    /// of a photo).
    func shareCard(of page: SitePath, photo: Bool) -> SitePath {
        .file(page.url.split(separator: "/").map(String.init) + [AddressWords.shareCard + (photo ? ".jpg" : ".png")])
    }
}
