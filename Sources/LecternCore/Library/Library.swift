import Foundation

/// The articles of a folder, in natural file-name order, with their links resolved by title.
public struct Library: Sendable {
    public let folder: String
    public private(set) var entries: [LibraryEntry]
    public let rejected: [RejectedFile]
    /// `TitleKey.make` of each entry's title, in entry order: made once, used by links, lookup and the list.
    public private(set) var titleKeys: [String] = []
    private var idByTitleKey: [String: String] = [:]
    private var indexByID: [String: Int] = [:]
    /// The stamp of each entry's file when it was read (nil for a stand-in), in entry order: a
    /// later listing reads again only the files whose stamp changed.
    var stamps: [FileStamp?] = []

    /// False when only the first files were read (`openFirst`): the rest are stand-ins.
    public let isComplete: Bool

    public init(folder: String, entries: [LibraryEntry], rejected: [RejectedFile] = [], isComplete: Bool = true) {
        self.folder = folder
        self.entries = entries
        self.rejected = rejected
        self.isComplete = isComplete
        // The keys of the titles and of the link titles, on all cores: for a large folder this
        // is most of the work after reading the files.
        let keys = Parallel.map(entries.indices) { index in
            (title: TitleKey.make(entries[index].title),
             previous: entries[index].previous.map { TitleKey.make($0.title) },
             next: entries[index].next.map { TitleKey.make($0.title) })
        }
        titleKeys = keys.map(\.title)
        // Sized at once: growing a dictionary of 100,000 entries rehashes it a dozen times.
        idByTitleKey.reserveCapacity(entries.count)
        indexByID.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            indexByID[entry.id] = index
            if idByTitleKey[titleKeys[index]] == nil { idByTitleKey[titleKeys[index]] = entry.id }  // the first by id wins
        }
        for (index, key) in keys.enumerated() {
            if let previous = key.previous { self.entries[index].previous?.id = idByTitleKey[previous] }
            if let next = key.next { self.entries[index].next?.id = idByTitleKey[next] }
        }
    }

    /// Reads the `.txt` files of `folder`: titles and footers only.
    public static func open(folder: String) throws(LibraryError) -> Library {
        try open(folder: folder, reusing: nil)
    }

    /// Reads the `.txt` files of `folder`, taking the entry of a file that has not changed
    /// since `earlier` listed it (same stamp) from `earlier` instead of reading it again.
    static func open(folder: String, reusing earlier: Library?) throws(LibraryError) -> Library {
        let files = try articleFiles(in: folder)
        // Files are independent: both cores read them, each result in its file's place.
        let summaries = Parallel.map(files.indices) { index -> Result<(LibraryEntry, FileStamp), LibraryError> in
            let (path, id) = files[index]
            if let known = earlier?.unchangedEntry(path: path, id: id) { return .success(known) }
            do throws(LibraryError) {
                return .success(try summarizeStamped(path: path, id: id))
            } catch {
                return .failure(error)
            }
        }
        var entries: [LibraryEntry] = []
        var stamps: [FileStamp?] = []
        entries.reserveCapacity(files.count)
        stamps.reserveCapacity(files.count)
        var rejected: [RejectedFile] = []
        for (path, summary) in zip(files.map(\.path), summaries) {
            switch summary {
            case .success(let (entry, stamp)):
                entries.append(entry)
                stamps.append(stamp)
            case .failure(let error): rejected.append(RejectedFile(path: path, error: error))
            }
        }
        var library = Library(folder: folder, entries: entries, rejected: rejected)
        library.stamps = stamps
        return library
    }

    /// The article files of `folder`, in natural order of their names: `.txt`, not hidden.
    static func articleFiles(in folder: String) throws(LibraryError) -> [(path: String, id: String)] {
        let names = try FolderListing.names(in: folder)
        // Joined by hand: NSString's appendingPathComponent costs a bridge per file.
        let prefix = folder.isEmpty || folder.hasSuffix("/") ? folder : folder + "/"
        return NaturalOrder.sorted(names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }).map {
            (prefix + $0, String($0.dropLast(4)))
        }
    }

    /// The entry of one file.
    static func summarize(path: String, id: String) throws(LibraryError) -> LibraryEntry {
        try summarizeStamped(path: path, id: id).entry
    }

    /// The entry of one file, and the file's stamp when it was read.
    static func summarizeStamped(path: String, id: String) throws(LibraryError) -> (entry: LibraryEntry, stamp: FileStamp) {
        let (excerpt, stamp) = try ArticleFile.readExcerpt(path)
        return (try summarize(excerpt, path: path, id: id), stamp)
    }

    /// The entry of a file whose whole content is `bytes`, as `summarize(path:id:)` makes it
    /// (from the same parts of the file as `ArticleFile.readExcerpt` reads).
    static func summarize(wholeFile bytes: [UInt8], path: String, id: String) throws(LibraryError) -> LibraryEntry {
        let excerpt = bytes.count <= ArticleFile.wholeReadLimit
            ? ArticleFile.Excerpt(head: bytes, tail: nil)
            : ArticleFile.Excerpt(head: Array(bytes.prefix(ArticleFile.excerptSize)),
                                  tail: Array(bytes.suffix(ArticleFile.excerptSize)))
        return try summarize(excerpt, path: path, id: id)
    }

    private static func summarize(_ excerpt: ArticleFile.Excerpt, path: String, id: String) throws(LibraryError) -> LibraryEntry {
        guard let tail = excerpt.tail else {
            if let summary = ListingSummary.summary(of: excerpt.head, id: id) {
                return plainEntry(id: id, path: path, title: summary.title, links: summary.links, wasReadWhole: true)
            }
            return entry(wholeText: try ArticleText.decode(excerpt.head, of: path), path: path, id: id)
        }
        let headBytes = ArticleText.trimmedHead(excerpt.head)
        let tailBytes = ArticleText.trimmedTail(tail)
        if let summary = ListingSummary.summary(head: headBytes, tail: tailBytes, id: id) {
            return plainEntry(id: id, path: path, title: summary.title, links: summary.links, wasReadWhole: false)
        }
        let head = try ArticleText.decode(headBytes, of: path)
        let end = try ArticleText.decode(tailBytes, of: path)
        let title = ArticleParser.title(inHead: head.text, id: id)
        let links = ArticleParser.links(in: end.text, isWhole: false)
        var entry = entry(id: id, path: path, title: title, links: links, decoded: head)
        if end.encoding != .utf8 { entry.encoding = end.encoding }
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
        indexByID[id].map { entries[$0] }
    }

    public func index(ofID id: String) -> Int? { indexByID[id] }

    /// The id of the article a link title names, if it is in the library.
    public func resolve(title: String?) -> String? {
        guard let title else { return nil }
        return idByTitleKey[TitleKey.make(title)]
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
        let decoded = try ArticleText.decode(ArticleFile.readAll(path), of: path)
        return resolvingLinks(of: ArticleParser.parse(decoded.text, id: id, path: path))
    }

    /// The article with its Previous/Next links pointed at this library's articles.
    public func resolvingLinks(of article: Article) -> Article {
        var article = article
        (article.previous, article.next) = resolveLinks(of: article.previous, article.next)
        return article
    }
}
