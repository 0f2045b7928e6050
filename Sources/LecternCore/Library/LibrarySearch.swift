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
    /// Previous/Next links are not resolved: that needs the whole listing.) Without
    /// `findsLinks`, the entries of files counted on their bytes (`BodyMatchCount`) have no
    /// links at all, and their footers are parsed only when a match may be in them.
    public static func run(_ query: SearchQuery, folder: String, snippetsPerArticle: Int = 3,
                           findsLinks: Bool = true) throws(LibraryError) -> [Hit] {
        try search(query, folder: folder, snippetsPerArticle: snippetsPerArticle, findsLinks: findsLinks) { $0 }
    }

    /// The output `output` makes of each of those hits, made on the core that found the hit,
    /// not on one core after the search.
    public static func run(_ query: SearchQuery, folder: String, snippetsPerArticle: Int = 3, findsLinks: Bool = true,
                           output: (Hit) -> [UInt8]) throws(LibraryError) -> [[UInt8]] {
        try search(query, folder: folder, snippetsPerArticle: snippetsPerArticle, findsLinks: findsLinks, shaping: output)
    }

    /// Generic for the two above only, where it is specialised: a caller in another module
    /// would get the unspecialised form, with a metadata lookup per file.
    private static func search<Shaped>(_ query: SearchQuery, folder: String, snippetsPerArticle: Int, findsLinks: Bool,
                                       shaping shape: (Hit) -> Shaped) throws(LibraryError) -> [Shaped] {
        // As a listing reads them (`FolderPass`), while one core first puts the names in natural
        // order, so no file waits for the sort.
        let pass = FolderPass(folder: folder, listed: try Library.articleNames(in: folder))
        let names = pass.names
        var order: [Int] = []
        let found = Parallel.map(names.indices, alongside: { order = NaturalOrder.sortedIndices(names) }) { place -> Shaped? in
            let index = pass.readOrder[place]
            let location = pass.location(of: index)
            // A folder or an unreadable file is not in the listing either.
            guard let bytes = try? ArticleFile.readAll(location),
                  let hit = hit(inFile: bytes, id: Library.articleID(names[index]), path: location.path, listed: nil,
                                query: query, snippets: snippetsPerArticle, findsLinks: findsLinks)
            else { return nil }
            return shape(hit)
        }
        let placeRead = pass.placesRead()
        return order.compactMap { found[placeRead[$0]] }
    }

    /// One article's matches, or nil when it has none (or cannot be read).
    public static func hit(for entry: LibraryEntry, query: SearchQuery, snippets snippetsPerArticle: Int = 3) -> Hit? {
        guard let bytes = try? ArticleFile.readAll(entry.path) else { return nil }
        return hit(inFile: bytes, id: entry.id, path: entry.path, listed: entry, query: query, snippets: snippetsPerArticle)
    }

    /// The matches in the file whose bytes are `bytes`, with `listed` as the hit's entry or,
    /// without it, the entry the listing would make. Files that cannot match are ruled out on
    /// their raw bytes; plain UTF-8 files are counted on them, decoding only the first blocks,
    /// as far as the snippets need; other files are decoded whole.
    private static func hit(inFile bytes: [UInt8], id: String, path: String, listed: LibraryEntry?,
                            query: SearchQuery, snippets: Int, findsLinks: Bool = true) -> Hit? {
        guard bytes.withUnsafeBytes({ query.mayMatch($0) }) else { return nil }
        if BodyMatchCount.applies(to: query), let counted = bytes.withUnsafeBufferPointer({
            BodyMatchCount(query, inFile: $0, id: id, path: path, wanted: snippets, keepsPassages: false, findsLinks: findsLinks)
        }) {
            guard counted.count > 0 else { return nil }
            // The listing's title and links are those the parse finds; a plain file is UTF-8 throughout.
            let entry = listed ?? Library.plainEntry(id: id, path: path, title: counted.title, links: counted.links,
                                                     wasReadWhole: bytes.count <= ArticleFile.wholeReadLimit)
            return hit(entry, counted)
        }
        guard let decoded = ArticleText.decode(bytes) else { return nil }  // not text: not listed
        // A file the listing reads whole gets its entry from the text decoded here.
        func entry() -> LibraryEntry? {
            if let listed { return listed }
            if bytes.count <= ArticleFile.wholeReadLimit { return Library.entry(wholeText: decoded, path: path, id: id) }
            return try? Library.summarize(wholeFile: bytes, path: path, id: id)
        }
        if BodyMatchCount.applies(to: query),
           let counted = BodyMatchCount(query, in: decoded.text, id: id, path: path, wanted: snippets, keepsPassages: false) {
            guard counted.count > 0, let entry = entry() else { return nil }
            return hit(entry, counted)
        }
        let article = ArticleParser.parse(decoded.text, id: id, path: path)
        // Footer titles name other articles: a match there is not this article's text.
        let passages = Array(Document(article).bodyPassages)
        let results = SearchResults(query: query, passages: passages)
        guard results.count > 0, let entry = entry() else { return nil }
        let snippets = results.matches.prefix(snippets).map { Snippet.make(for: $0, in: passages) }
        return Hit(entry: entry, count: results.count, snippets: snippets)
    }

    private static func hit(_ entry: LibraryEntry, _ counted: BodyMatchCount) -> Hit {
        Hit(entry: entry, count: counted.count, snippets: counted.snippets)
    }
}
