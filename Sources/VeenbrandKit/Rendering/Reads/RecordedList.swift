/// A list of the assembled site as producers see it: reading an element notes which element
/// is at that place and the element itself; counting it notes its length (`Read.position`,
/// `Read.count`). A producer's own element — the article of an article's page — is read by
/// its route (`owned(by:)`), which notes the element only: its place may change without the
/// page changing.
struct RecordedList<Element>: RandomAccessCollection, Sendable where Element: Sendable {
    private let elements: [Element]
    private let key: @Sendable (Element) -> Read

    init(_ elements: [Element], list: String, key: @escaping @Sendable (Element) -> Read) {
        self.elements = elements
        name = list
        self.key = key
    }

    var startIndex: Int { 0 }

    var endIndex: Int {
        ReadLog.note(Read(.count, name))
        return elements.count
    }

    subscript(position: Int) -> Element {
        let element = elements[position]
        let read = key(element)
        ReadLog.note([Read(.position, name, position), read])
        return element
    }

    /// The indices of the places in `range` (clamped to the list), noting which element is at
    /// each: for a page that shows a stretch of the list, read with `owned(at:)` or an item.
    func places(_ range: Range<Int>) -> [Int] {
        let places = Array(range.clamped(to: 0..<elements.count))
        ReadLog.note(places.map { Read(.position, name, $0) })
        // A stretch that reaches past the end shows more when the list grows.
        if range.upperBound > elements.count { ReadLog.note(Read(.count, name)) }
        return places
    }

    /// The element a route was made for (`Route.item`), noting the element only.
    func owned(by route: Route) -> Element { owned(at: route.item) }

    /// The element at `index`, noting the element only: for a place another read already
    /// stands for (a term's articles, an article's related ones).
    func owned(at index: Int) -> Element {
        let element = elements[index]
        ReadLog.note(key(element))
        return element
    }

    /// What reading the element at `index` notes, and how many there are, noting nothing:
    /// for `ReadValues`, which looks the reads of an earlier build up again.
    func read(at index: Int) -> Read { key(elements[index]) }
    var unnotedCount: Int { elements.count }
    let name: String
}
