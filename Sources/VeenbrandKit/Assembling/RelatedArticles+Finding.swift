extension RelatedArticles {
    /// How many related articles an article page shows.
    static let count = 5

    /// Articles sharing the most themes and keywords, newest first on ties; found through an
    /// inverted index from each theme and keyword to its articles. From each of an article's
    /// terms at most `relatedWindow` candidates are taken, those nearest to it in time, so a
    /// theme with 50,000 articles costs no more than one with 200 (and below that size the
    /// result is exact). Shared terms are counted in an array per block of articles, and the
    /// best five kept as they come: no dictionary, no sort.
    static func find(in articles: [Document], previous: RelatedArticles?) -> RelatedArticles {
        struct Term: Hashable {
            let isTheme: Bool
            let slug: Slug
        }
        var termIDs: [Term: Int] = [:]
        var source = Fingerprint()
        let terms = articles.map { entry in
            source.add(entry.path)
            source.add(entry.topics.count)
            let articleTerms =
                entry.topics.map { Term(isTheme: true, slug: $0.slug) }
                + entry.keywords.map { Term(isTheme: false, slug: $0.slug) }
            return articleTerms.map { term in
                source.add(term.slug.value)
                if let id = termIDs[term] { return id }
                termIDs[term] = termIDs.count
                return termIDs.count - 1
            }
        }
        let termCount = termIDs.count
        if let previous, previous.source == source { return previous }
        var postings = [[Int]](repeating: [], count: termCount)
        for (index, articleTerms) in terms.enumerated() {
            for term in articleTerms { postings[term].append(index) }
        }
        let blockSize = 256
        let blocks = Array(stride(from: 0, to: articles.count, by: blockSize))
        let lists = blocks.concurrentMap { start in
            var shared = [Int32](repeating: 0, count: articles.count)
            var touched: [Int] = []
            return (start..<Swift.min(start + blockSize, articles.count)).map { index in
                for term in terms[index] {
                    for other in nearest(to: index, in: postings[term]) where other != index {
                        if shared[other] == 0 { touched.append(other) }
                        shared[other] += 1
                    }
                }
                var best = TopRelated()
                for other in touched {
                    best.offer(other, shared: shared[other])
                    shared[other] = 0
                }
                touched.removeAll(keepingCapacity: true)
                return best.indices
            }
        }.flatMap { $0 }
        return RelatedArticles(lists: lists, source: source)
    }

    /// The `count` best candidates seen so far: most shared terms, then lowest index
    /// (articles are newest first).
    private struct TopRelated {
        private var entries: [(index: Int, shared: Int32)] = []

        var indices: [Int] { entries.map(\.index) }

        mutating func offer(_ index: Int, shared: Int32) {
            func isBetter(_ a: (index: Int, shared: Int32), than b: (index: Int, shared: Int32)) -> Bool {
                a.shared != b.shared ? a.shared > b.shared : a.index < b.index
            }
            let candidate = (index: index, shared: shared)
            if entries.count == count {
                guard isBetter(candidate, than: entries[count - 1]) else { return }
                entries.removeLast()
            }
            var position = entries.count
            while position > 0, isBetter(candidate, than: entries[position - 1]) { position -= 1 }
            entries.insert(candidate, at: position)
        }
    }

    static let relatedWindow = 200

    /// The `relatedWindow` entries of a sorted posting list nearest to `index` (all if fewer).
    private static func nearest(to index: Int, in posting: [Int]) -> ArraySlice<Int> {
        guard posting.count > relatedWindow else { return posting[...] }
        var low = 0
        var high = posting.count
        while low < high {
            let middle = (low + high) / 2
            if posting[middle] < index { low = middle + 1 } else { high = middle }
        }
        let start = Swift.min(Swift.max(0, low - relatedWindow / 2), posting.count - relatedWindow)
        return posting[start..<(start + relatedWindow)]
    }
}
