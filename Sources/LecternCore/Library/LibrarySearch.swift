/// Searching every article of a library, as `lectern search` does.
public enum LibrarySearch {
    public struct Hit: Sendable {
        public var entry: LibraryEntry
        public var count: Int
        public var snippets: [String]
    }

    /// Articles with at least one match, in library order. Files that cannot match are skipped
    /// on their raw bytes, before any decoding or parsing.
    public static func run(_ query: SearchQuery, in library: Library, snippetsPerArticle: Int = 3) -> [Hit] {
        library.entries.compactMap { hit(for: $0, query: query, snippets: snippetsPerArticle) }
    }

    /// One article's matches, or nil when it has none (or cannot be read).
    public static func hit(for entry: LibraryEntry, query: SearchQuery, snippets snippetsPerArticle: Int = 3) -> Hit? {
        guard let bytes = try? ArticleFile.readAll(entry.path),
              bytes.withUnsafeBytes({ query.mayMatch($0) }),
              let decoded = ArticleText.decode(bytes) else { return nil }
        let article = ArticleParser.parse(decoded.text, id: entry.id, path: entry.path)
        // Footer titles name other articles: a match there is not this article's text.
        let passages = Array(Document(article).bodyPassages)
        let results = SearchResults(query: query, passages: passages)
        guard results.count > 0 else { return nil }
        let snippets = results.matches.prefix(snippetsPerArticle).map { Snippet.make(for: $0, in: passages) }
        return Hit(entry: entry, count: results.count, snippets: snippets)
    }
}
