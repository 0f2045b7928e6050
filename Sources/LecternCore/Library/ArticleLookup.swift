#if canImport(Glibc)
import Glibc
#endif

/// Finds the article a person names on the command line: a path, an id, a title,
/// or the unique beginning of a title, in any case.
extension Library {
    public enum Target: Sendable, Equatable {
        /// An article of this library.
        case entry(LibraryEntry)
        /// A file outside the library, opened by path.
        case file(path: String, id: String)
    }

    /// The article `name` names: a path to an existing file (inside the library or not), else an
    /// id, a file name, a title or a title's unique beginning.
    public func find(_ name: String) throws(LibraryError) -> Target {
        if let entry = entry(id: name) { return .entry(entry) }
        // A file name as listed in the folder ("03-ptsd.txt"), wherever the command runs from.
        if name.hasSuffix(".txt"), !name.contains("/"), let entry = entry(id: String(name.dropLast(4))) {
            return .entry(entry)
        }
        if FileStatus.exists(name), !FileStatus.isFolder(name) {
            if let entry = entry(sameFileAs: name) { return .entry(entry) }
            return .file(path: name, id: Self.id(forFileNamed: name))
        }
        if name.contains("/") { throw .file(name, FileStatus.problem(name, errno: ENOENT)) }
        let key = TitleKey.make(name)
        if let id = resolve(title: name), let entry = entry(id: id) { return .entry(entry) }
        var beginning = entries.indices.filter { titleKeys[$0].hasPrefix(key) }.map { entries[$0] }
        if beginning.isEmpty { beginning = entries.filter { $0.id.lowercased().hasPrefix(name.lowercased()) } }
        if beginning.count == 1 { return .entry(beginning[0]) }
        if beginning.count > 1 { throw .ambiguousArticle(name, candidates: beginning.prefix(5).map(\.title)) }
        throw .unknownArticle(name, suggestions: closestTitles(to: key))
    }

    /// The library to read with, and the id of the article to start at, for what a person named
    /// on the command line. A file is opened whatever its name (as `less` opens it): through
    /// `folder`'s library when it is one of its articles, else with its own folder as the
    /// library (so its links resolve), added to that library when the listing left it out
    /// (a name without `.txt`, a hidden file). A file that cannot be read says why.
    public static func open(folder: String, naming name: String) throws(LibraryError) -> (library: Library, id: String) {
        guard FileStatus.exists(name) else {
            if name.contains("/") { throw .file(name, .noSuchFile) }
            let library = try Library.open(folder: folder)
            guard case .entry(let entry) = try library.find(name) else { throw .file(name, .noSuchFile) }
            return (library, entry.id)
        }
        if FileStatus.isFolder(name) { throw .file(name, .folder) }
        if let preferred = try? Library.open(folder: folder), let entry = preferred.entry(sameFileAs: name) {
            return (preferred, entry.id)
        }
        let ownFolder = Self.folder(of: name)
        let own = (try? Library.open(folder: ownFolder)) ?? Library(folder: ownFolder, entries: [])
        if let entry = own.entry(sameFileAs: name) { return (own, entry.id) }
        var id = id(forFileNamed: name)
        if own.entry(id: id) != nil { id = lastComponent(of: name) }
        let (entry, stamp) = try summarizeStamped(path: name, id: id)
        var library = Library(folder: own.folder, entries: own.entries + [entry], rejected: own.rejected)
        // Stamped as a listing's entries are: the list read again rereads only what changed.
        library.stamps = own.stamps + [stamp]
        return (library, id)
    }

    /// The library and id `open(folder:naming:)` gives, with only the named article's file read,
    /// when no other file need be read to know them: `name` is a path to one of the articles of
    /// `folder` or of its own folder (the same file under the name the listing gives it), or
    /// the id of an article of `folder`. The library holds that one entry and is not complete,
    /// to be read whole later (`relisted()`): `show` of a file, or the reader opening one, waits
    /// for one file, not for a folder of thousands. Nil in every other case (a title; a file
    /// the listing leaves out, or cannot read), which the whole listing decides.
    public static func openReadingOnly(folder: String, naming name: String) -> (library: Library, id: String)? {
        let place: (folder: String, fileName: String)
        if FileStatus.exists(name) {
            guard !FileStatus.isFolder(name), let identity = FileStatus.identity(name) else { return nil }
            let fileName = lastComponent(of: name)
            guard isArticleName(fileName), let found = [folder, Self.folder(of: name)].first(where: {
                FileStatus.identity(pathPrefix($0) + fileName) == identity
            }) else { return nil }
            place = (found, fileName)
        } else {
            guard !name.contains("/"), let opened = openReadingOnly(folder: folder, id: name) else { return nil }
            return (opened, name)
        }
        let id = articleID(place.fileName)
        guard let library = readingOnly(pathPrefix(place.folder) + place.fileName, id: id, folder: place.folder) else { return nil }
        return (library, id)
    }

    /// The same for the article of `folder` with `id` (as `--resume` names the one read last).
    public static func openReadingOnly(folder: String, id: String) -> Library? {
        let fileName = id + ".txt"
        guard isArticleName(fileName) else { return nil }
        return readingOnly(pathPrefix(folder) + fileName, id: id, folder: folder)
    }

    /// The library of `folder` with only the file at `path` read, or nil when it cannot be.
    private static func readingOnly(_ path: String, id: String, folder: String) -> Library? {
        guard let (entry, stamp) = try? summarizeStamped(path: path, id: id) else { return nil }
        var library = Library(folder: folder, entries: [entry], isComplete: false)
        library.stamps = [stamp]
        return library
    }

    /// The entry whose file is the one `path` leads to (through any link or `..`), if any.
    /// Only entries with the same file name are compared: a listing may hold 100,000.
    func entry(sameFileAs path: String) -> LibraryEntry? {
        guard let identity = FileStatus.identity(path) else { return nil }
        let name = Self.lastComponent(of: path)
        return entries.first { Self.lastComponent(of: $0.path) == name && FileStatus.identity($0.path) == identity }
    }

    /// The id a file outside the listing gets: its name without `.txt`.
    static func id(forFileNamed path: String) -> String {
        let name = lastComponent(of: path)
        return name.hasSuffix(".txt") && name.count > 4 ? String(name.dropLast(4)) : name
    }

    static func lastComponent(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? trimmed
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Up to three titles that look most like what was asked for.
    func closestTitles(to key: String) -> [String] {
        let scored = zip(entries, titleKeys).map { entry, title -> (Int, String) in
            if title.contains(key) || entry.id.lowercased().contains(key) { return (0, entry.title) }
            let whole = EditDistance.between(key, title)
            let start = EditDistance.between(key, String(title.prefix(key.count)))
            return (min(whole, start + 1), entry.title)
        }
        let limit = max(3, key.count / 2)
        return scored.filter { $0.0 <= limit }.sorted { $0.0 < $1.0 }.prefix(3).map(\.1)
    }
}

enum EditDistance {
    /// Levenshtein distance over characters.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
