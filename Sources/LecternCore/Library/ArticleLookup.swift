import Foundation

/// Finds the article a person names on the command line: a path, an id, a title,
/// or the unique beginning of a title, in any case.
extension Library {
    public enum Target: Sendable, Equatable {
        /// An article of this library.
        case entry(LibraryEntry)
        /// A file outside the library, opened by path.
        case file(path: String, id: String)
    }

    public func find(_ name: String) throws(LibraryError) -> Target {
        if let entry = entry(id: name) { return .entry(entry) }
        // A file name as listed in the folder ("03-ptsd.txt"), wherever the command runs from.
        if name.hasSuffix(".txt"), !name.contains("/"), let entry = entry(id: String(name.dropLast(4))) {
            return .entry(entry)
        }
        if name.contains("/") || name.hasSuffix(".txt"), FileManager.default.fileExists(atPath: name) {
            let absolute = URL(fileURLWithPath: name).standardizedFileURL.path
            if let entry = entries.first(where: { URL(fileURLWithPath: $0.path).standardizedFileURL.path == absolute }) {
                return .entry(entry)
            }
            return .file(path: name, id: URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent)
        }
        let key = TitleKey.make(name)
        if let id = resolve(title: name), let entry = entry(id: id) { return .entry(entry) }
        var beginning = entries.indices.filter { titleKeys[$0].hasPrefix(key) }.map { entries[$0] }
        if beginning.isEmpty { beginning = entries.filter { $0.id.lowercased().hasPrefix(name.lowercased()) } }
        if beginning.count == 1 { return .entry(beginning[0]) }
        if beginning.count > 1 { throw .ambiguousArticle(name, candidates: beginning.prefix(5).map(\.title)) }
        throw .unknownArticle(name, suggestions: closestTitles(to: key))
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
