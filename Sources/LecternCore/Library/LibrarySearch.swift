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
        return Parallel.map(entries.indices) { hit(for: entries[$0], query: query, snippets: snippetsPerArticle) }
            .compactMap { $0 }
    }

    /// The hits `run(_:in:)` finds in the library of `folder`, without listing the library
    /// first: each file is read once, and only the files that match are summarised. (The hits'
    /// Previous/Next links are not resolved: that needs the whole listing.)
    public static func run(_ query: SearchQuery, folder: String, snippetsPerArticle: Int = 3) throws(LibraryError) -> [Hit] {
        let files = try Library.articleFiles(in: folder)
        return Parallel.map(files.indices) { index -> Hit? in
            let (path, id) = files[index]
            // A folder or an unreadable file is not in the listing either.
            guard let bytes = try? ArticleFile.readAll(path), bytes.withUnsafeBytes({ query.mayMatch($0) }),
                  let decoded = ArticleText.decode(bytes) else { return nil }  // not text: not listed
            // A file the listing reads whole gets its entry from the text decoded here.
            let entry = bytes.count <= ArticleFile.wholeReadLimit
                ? Library.entry(wholeText: decoded, path: path, id: id)
                : try? Library.summarize(wholeFile: bytes, path: path, id: id)
            return entry.flatMap { hit(for: $0, decoded: decoded, query: query, snippets: snippetsPerArticle) }
        }.compactMap { $0 }
    }

    /// One article's matches, or nil when it has none (or cannot be read).
    public static func hit(for entry: LibraryEntry, query: SearchQuery, snippets snippetsPerArticle: Int = 3) -> Hit? {
        guard let bytes = try? ArticleFile.readAll(entry.path), bytes.withUnsafeBytes({ query.mayMatch($0) }),
              let decoded = ArticleText.decode(bytes) else { return nil }
        return hit(for: entry, decoded: decoded, query: query, snippets: snippetsPerArticle)
    }

    /// The matches of the article whose decoded text is `decoded`.
    private static func hit(for entry: LibraryEntry, decoded: DecodedText, query: SearchQuery, snippets snippetsPerArticle: Int) -> Hit? {
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
