import FoundationEssentials

/// The articles of a folder, in natural file-name order, with their links resolved by title.
public struct Library: Sendable {
    public let folder: String
    public private(set) var entries: [LibraryEntry]
    public let rejected: [RejectedFile]
    /// `TitleKey.make` of each entry's title, in entry order: made once, used by links, lookup and the list.
    public private(set) var titleKeys: [String] = []
    /// The index of the first entry (by id) with each title key, and of the entry with each id.
    private var indexByTitleKey: [PrehashedKey: Int] = [:]
    private var indexByID: [PrehashedKey: Int] = [:]
    /// The stamp of each entry's file when it was read (nil for a stand-in), in entry order: a
    /// later listing reads again only the files whose stamp changed.
    var stamps: [FileStamp?] = []

    /// False when only the first files were read (`openFirst`): the rest are stand-ins.
    public let isComplete: Bool

    /// Takes `entries` over (`consuming`): their links are resolved in place, and a copy kept by
    /// the caller would make the first write copy all of them.
    public init(folder: String, entries: consuming [LibraryEntry], rejected: [RejectedFile] = [], isComplete: Bool = true) {
        // The keys of the ids and titles, on all cores: for a large folder this is much of the
        // work after reading the files.
        // Read in place: a copy of each entry would retain and release its strings.
        let keys = entries.withUnsafeBufferPointer { buffer in
            let shared = UnsafeSendable(buffer)
            return Parallel.map(buffer.indices) { EntryKeys(shared.value.baseAddress! + $0) }
        }
        self.folder = folder
        self.rejected = rejected
        self.isComplete = isComplete
        titleKeys = keys.map(\.title.text)
        // The three tables, on all cores; then the links looked up on all cores. The third, of
        // the titles as written, is for links: a link that names an article's title exactly
        // (most do) is resolved by that one lookup, to the first entry with that title's key,
        // which the table of title keys notes of each entry as it is made.
        var firstWithKey = [Int](repeating: 0, count: keys.count)
        let tables = firstWithKey.withUnsafeMutableBufferPointer { firstWithKey in
            let firstWithKey = UnsafeSendable(firstWithKey)
            return Parallel.map(LookupTable.allCases.indices, batch: 1) { index in
                switch LookupTable.allCases[index] {
                case .byID: Self.table(keys.indices.lazy.map { (keys[$0].id, $0) })
                case .byTitleKey: Self.firstTable(keys.indices.lazy.map { (keys[$0].title, $0) }, writingFirstTo: firstWithKey.value)
                case .byWrittenTitle: Self.table(keys.indices.lazy.map { (keys[$0].writtenTitle, $0) })
                }
            }
        }
        (indexByID, indexByTitleKey) = (tables[LookupTable.byID.rawValue], tables[LookupTable.byTitleKey.rawValue])
        Self.resolveLinks(of: &entries, firstWithKey: firstWithKey, titleKeyIndex: indexByTitleKey,
                          titleIndex: tables[LookupTable.byWrittenTitle.rawValue])
        self.entries = entries
    }

    /// The lookup tables made while the library opens, one per core at a time.
    private enum LookupTable: Int, CaseIterable {
        case byID, byTitleKey, byWrittenTitle
    }

    /// Each link's id set to that of the entry its title names, on all cores, in place: each
    /// core writes the links of its own entries and reads only ids. A link that names no title
    /// exactly has its key made here, where it is used, and dropped on the core that made it.
    private static func resolveLinks(of entries: inout [LibraryEntry], firstWithKey: [Int],
                                     titleKeyIndex: [PrehashedKey: Int], titleIndex: [PrehashedKey: Int]) {
        entries.withUnsafeMutableBufferPointer { buffer in
            let shared = UnsafeSendable(buffer)
            Parallel.forEach(buffer.indices) { index in
                let entries = shared.value
                func id(_ link: ArticleLink?) -> String? {
                    guard let title = link?.title else { return nil }
                    let found = titleIndex[PrehashedKey(title)].map { firstWithKey[$0] } ?? titleKeyIndex[PrehashedKey(TitleKey.make(title))]
                    return found.map { entries[$0].id }
                }
                if entries[index].previous != nil { entries[index].previous?.id = id(entries[index].previous) }
                if entries[index].next != nil { entries[index].next?.id = id(entries[index].next) }
            }
        }
    }

    /// An index of `pairs` (in order of their values), the first pair with a key kept; the value
    /// kept for each pair's key is written at the pair's value in `first`.
    private static func firstTable(_ pairs: some Collection<(PrehashedKey, Int)>,
                                   writingFirstTo first: UnsafeMutableBufferPointer<Int>) -> [PrehashedKey: Int] {
        var table: [PrehashedKey: Int] = [:]
        table.reserveCapacity(pairs.count)
        var repeated: [(PrehashedKey, Int)] = []
        // One lookup a pair, which tells the value before (not `table[key, default:]`, whose
        // access allocates); a key seen before has the first value put back after.
        for (key, index) in pairs {
            guard let earlier = table.updateValue(index, forKey: key) else {
                first[index] = index
                continue
            }
            first[index] = first[earlier]
            repeated.append((key, first[earlier]))
        }
        for (key, index) in repeated { table[key] = index }
        return table
    }

    /// An index of `pairs`, the last pair with a key kept.
    private static func table(_ pairs: some Collection<(PrehashedKey, Int)>) -> [PrehashedKey: Int] {
        var table: [PrehashedKey: Int] = [:]
        // Sized at once: growing a dictionary of 100,000 entries rehashes it a dozen times.
        table.reserveCapacity(pairs.count)
        for (key, index) in pairs { table[key] = index }
        return table
    }

    /// The entry of one file.
    static func summarize(path: String, id: String) throws(LibraryError) -> LibraryEntry {
        try summarizeStamped(path: path, id: id).entry
    }

    /// The entry of one file, and the file's stamp when it was read.
    static func summarizeStamped(path: String, id: String) throws(LibraryError) -> (entry: LibraryEntry, stamp: FileStamp) {
        try summarizeStamped(ArticleFile.Location(path: path), id: id)
    }

    /// The same, of the file at `location`, read into `buffers` (a listing's worker passes its own).
    static func summarizeStamped(_ location: ArticleFile.Location, id: String,
                                 buffers: ArticleFile.ExcerptBuffers = ArticleFile.ExcerptBuffers()) throws(LibraryError) -> (entry: LibraryEntry, stamp: FileStamp) {
        let (entry, stamp) = try ArticleFile.withExcerpt(location, in: buffers) { (parts) throws(LibraryError) in
            try summarize(parts, path: location.path, id: id)
        }
        return (entry, stamp)
    }

    /// The entry of a file whose whole content is `bytes`, as `summarize(path:id:)` makes it
    /// (from the same parts of the file as `ArticleFile.withExcerpt` reads).
    static func summarize(wholeFile bytes: [UInt8], path: String, id: String) throws(LibraryError) -> LibraryEntry {
        try ArticleFile.Excerpt(wholeFile: bytes).withParts { (parts) throws(LibraryError) in try summarize(parts, path: path, id: id) }
    }

    private static func summarize(_ parts: ArticleFile.Excerpt.Parts, path: String, id: String) throws(LibraryError) -> LibraryEntry {
        guard let tail = parts.tail else {
            if let summary = ListingSummary.summary(of: parts.head, id: id) {
                return plainEntry(id: id, path: path, title: summary.title, links: summary.links, wasReadWhole: true)
            }
            return entry(wholeText: try ArticleText.decode(Array(parts.head), of: path), path: path, id: id)
        }
        // The head cut at a whole UTF-8 sequence and the tail at a whole line, in place (not copied).
        let head = UnsafeBufferPointer(rebasing: parts.head[..<ArticleText.trimmedHeadEnd(parts.head)])
        let end = UnsafeBufferPointer(rebasing: tail[ArticleText.trimmedTailStart(tail)...])
        if let summary = ListingSummary.summary(head: head, tail: end, id: id) {
            return plainEntry(id: id, path: path, title: summary.title, links: summary.links, wasReadWhole: false)
        }
        let decodedHead = try ArticleText.decode(Array(head), of: path)
        let decodedEnd = try ArticleText.decode(Array(end), of: path)
        let title = ArticleParser.title(inHead: decodedHead.text, id: id)
        let links = ArticleParser.links(in: decodedEnd.text, isWhole: false)
        var entry = entry(id: id, path: path, title: title, links: links, decoded: decodedHead)
        if decodedEnd.encoding != .utf8 { entry.encoding = decodedEnd.encoding }
        entry.wasReadWhole = false
        return entry
    }

    /// The entry of a file found to be plain UTF-8 text, with a title line, from its title and
    /// footer links (found without decoding all of it).
    static func plainEntry(id: String, path: String, title: String, links: ListingSummary.Links,
                           wasReadWhole: Bool) -> LibraryEntry {
        LibraryEntry(id: id, title: title, path: path,
                     previous: links.previous.map { ArticleLink(title: $0) },
                     next: links.next.map { ArticleLink(title: $0) },
                     wasReadWhole: wasReadWhole)
    }

    /// The entry of a file read whole (at most `ArticleFile.wholeReadLimit` bytes), from its decoded text.
    static func entry(wholeText decoded: DecodedText, path: String, id: String) -> LibraryEntry {
        let title = ArticleParser.title(inHead: decoded.text, id: id)
        let links = ArticleParser.links(in: decoded.text, isWhole: true)
        return entry(id: id, path: path, title: title, links: links, decoded: decoded)
    }

    private static func entry(id: String, path: String, title: String, links: (previous: String?, next: String?),
                              decoded: DecodedText) -> LibraryEntry {
        LibraryEntry(
            id: id, title: title, path: path,
            previous: links.previous.map { ArticleLink(title: $0) },
            next: links.next.map { ArticleLink(title: $0) },
            encoding: decoded.encoding,
            isEmpty: !decoded.text.contains { !$0.isWhitespace }
        )
    }

    public func entry(id: String) -> LibraryEntry? {
        index(ofID: id).map { entries[$0] }
    }

    public func index(ofID id: String) -> Int? { indexByID[PrehashedKey(id)] }

    /// The id of the article a link title names, if it is in the library.
    public func resolve(title: String?) -> String? {
        guard let title else { return nil }
        return id(titleKey: PrehashedKey(TitleKey.make(title)))
    }

    private func id(titleKey: PrehashedKey) -> String? {
        indexByTitleKey[titleKey].map { entries[$0].id }
    }

    private func resolveLinks(of previous: ArticleLink?, _ next: ArticleLink?) -> (previous: ArticleLink?, next: ArticleLink?) {
        (previous.map { ArticleLink(title: $0.title, id: resolve(title: $0.title)) },
         next.map { ArticleLink(title: $0.title, id: resolve(title: $0.title)) })
    }

    /// Titles shared by more than one article, with the ids that share each.
    public var duplicateTitles: [(title: String, ids: [String])] {
        var idsByKey: [String: [String]] = [:]
        var order: [String] = []
        for (entry, key) in zip(entries, titleKeys) {
            if idsByKey[key] == nil { order.append(key) }
            idsByKey[key, default: []].append(entry.id)
        }
        return order.compactMap { key in
            guard let ids = idsByKey[key], ids.count > 1, let first = entry(id: ids[0]) else { return nil }
            return (first.title, ids)
        }
    }

    /// The whole article, parsed, with its links resolved against this library.
    public func load(id: String) throws(LibraryError) -> Article {
        guard let entry = entry(id: id) else { throw .unknownArticle(id, suggestions: []) }
        return try load(path: entry.path, id: id)
    }

    public func load(path: String, id: String) throws(LibraryError) -> Article {
        try article(fromFile: ArticleFile.readAll(path), path: path, id: id)
    }

    /// The article whose file at `path` holds `bytes`, parsed, its links resolved.
    func article(fromFile bytes: [UInt8], path: String, id: String) throws(LibraryError) -> Article {
        let decoded = try ArticleText.decode(bytes, of: path)
        return resolvingLinks(of: ArticleParser.parse(decoded.text, id: id, path: path))
    }

    /// The article with its Previous/Next links pointed at this library's articles.
    public func resolvingLinks(of article: Article) -> Article {
        var article = article
        (article.previous, article.next) = resolveLinks(of: article.previous, article.next)
        return article
    }
}
