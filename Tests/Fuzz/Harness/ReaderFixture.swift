/// A reader over articles held in memory, for the stages that drive `ReaderState`.
enum ReaderFixture {
    static func runtime(articles: [(id: String, text: String)], size: TerminalSize, measure: Int) -> ReaderRuntime {
        let parsed = articles.map { ArticleParser.parse($0.text, id: $0.id, path: "\($0.id).txt") }
        let entries = parsed.map { LibraryEntry(id: $0.id, title: $0.title, path: $0.path, previous: $0.previous, next: $0.next) }
        let library = Library(folder: "fuzz", entries: entries)
        var byID: [String: Article] = [:]
        for article in parsed { byID[article.id] = article }
        let state = ReaderState(library: library, size: size, measure: measure)
        // Background work done at once: each input is one deterministic run.
        return ReaderRuntime(state: state, work: InlineWork()) { [byID] id throws(LibraryError) in
            guard let article = byID[id] else { throw .unknownArticle(id, suggestions: []) }
            return library.resolvingLinks(of: article)
        } searchArticle: { index, query in
            SearchResults(query: query, passages: Array(Document(parsed[index]).bodyPassages)).count
        }
    }

    /// Every row as many cells as the screen is wide at most, no control character, one row per line.
    static func check(_ screen: Screen, _ context: String) {
        FuzzCheck.require(screen.rows.count == screen.size.rows || screen.size.rows <= 0,
                          "\(context): \(screen.rows.count) rows on a screen of \(screen.size.rows)")
        for (index, row) in screen.rows.enumerated() {
            let text = row.spans.map(\.text).joined()
            FuzzCheck.requireClean(text, "\(context), row \(index)")
            FuzzCheck.requireFits(text, width: max(0, screen.size.columns), "\(context), row \(index)")
        }
    }
}
