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
        var hits: [Hit] = []
        for entry in library.entries {
            guard let bytes = try? ArticleFile.readAll(entry.path),
                  bytes.withUnsafeBytes({ query.mayMatch($0) }),
                  let decoded = ArticleText.decode(bytes) else { continue }
            let article = ArticleParser.parse(decoded.text, id: entry.id, path: entry.path)
            // Footer titles name other articles: a match there is not this article's text.
            let passages = Array(Document(article).bodyPassages)
            let results = SearchResults(query: query, passages: passages)
            guard results.count > 0 else { continue }
            let snippets = results.matches.prefix(snippetsPerArticle).map { Snippet.make(for: $0, in: passages) }
            hits.append(Hit(entry: entry, count: results.count, snippets: snippets))
        }
        return hits
    }
}
