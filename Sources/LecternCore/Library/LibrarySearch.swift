/// Searching every article of a library, as `lectern search` does.
public enum LibrarySearch {
    public struct Hit: Sendable {
        public var entry: LibraryEntry
        public var count: Int
        public var snippets: [String]
    }

    /// Articles with at least one match, in library order. Files that cannot match are skipped
    /// on their raw bytes, before any decoding or parsing; articles are searched on all cores.
    public static func run(_ query: SearchQuery, in library: Library, snippetsPerArticle: Int = 3) -> [Hit] {
        let entries = library.entries
        return Parallel.map(entries.indices) { hit(for: entries[$0], query: query, snippetsPerArticle: snippetsPerArticle) }
            .compactMap { $0 }
    }

    /// The matches of one article, or nil when it has none (or cannot be read).
    static func hit(for entry: LibraryEntry, query: SearchQuery, snippetsPerArticle: Int) -> Hit? {
        guard let bytes = try? ArticleFile.readAll(entry.path),
              bytes.withUnsafeBytes({ query.mayMatch($0) }),
              let decoded = ArticleText.decode(bytes) else { return nil }
        if BodyMatchCount.applies(to: query),
           let counted = BodyMatchCount(query, in: decoded.text, id: entry.id, path: entry.path, wanted: snippetsPerArticle) {
            guard counted.count > 0 else { return nil }
            let snippets = counted.firstMatches.map { Snippet.make(for: $0, in: counted.passages) }
            return Hit(entry: entry, count: counted.count, snippets: snippets)
        }
        let article = ArticleParser.parse(decoded.text, id: entry.id, path: entry.path)
        // Footer titles name other articles: a match there is not this article's text.
        let passages = Array(Document(article).bodyPassages)
        let results = SearchResults(query: query, passages: passages)
        guard results.count > 0 else { return nil }
        let snippets = results.matches.prefix(snippetsPerArticle).map { Snippet.make(for: $0, in: passages) }
        return Hit(entry: entry, count: results.count, snippets: snippets)
    }
}
