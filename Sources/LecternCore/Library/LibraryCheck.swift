/// The problems `lectern check` reports about a library.
public enum LibraryProblem: Sendable, Equatable, CustomStringConvertible {
    case notText(path: String)
    case empty(id: String)
    case legacyEncoding(id: String)
    case unresolvedLink(id: String, direction: LinkDirection, title: String)
    case duplicateTitle(title: String, ids: [String])
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notText(let path): return "not an article (binary data): \(path)"
        case .empty(let id): return "empty article (titled by its file name): \(id)"
        case .legacyEncoding(let id): return "not UTF-8, read as Windows-1252: \(id)"
        case .unresolvedLink(let id, let direction, let title):
            return "\(direction.label) link of \(id) names \"\(title)\", which is not in the library"
        case .duplicateTitle(let title, let ids):
            return "title \"\(title)\" is shared by \(ids.joined(separator: ", ")); links go to \(ids[0])"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        }
    }
}

extension Library {
    /// Every problem of the library; reads each file whole, so encodings are judged on all of it.
    public func check() -> [LibraryProblem] {
        var problems: [LibraryProblem] = rejected.map { .notText(path: $0.path) }
        for entry in entries {
            if entry.isEmpty { problems.append(.empty(id: entry.id)) }
            do {
                let bytes = try ArticleFile.readAll(entry.path)
                if let decoded = ArticleText.decode(bytes) {
                    if decoded.encoding != .utf8 { problems.append(.legacyEncoding(id: entry.id)) }
                } else {
                    // A large file's listing saw only its ends; the whole of it is binary.
                    problems.append(.notText(path: entry.path))
                }
            } catch {
                problems.append(.unreadable(path: entry.path, reason: error.description))
            }
            for (direction, link) in [(LinkDirection.previous, entry.previous), (.next, entry.next)] {
                if let link, link.id == nil {
                    problems.append(.unresolvedLink(id: entry.id, direction: direction, title: link.title))
                }
            }
        }
        problems += duplicateTitles.map { .duplicateTitle(title: $0.title, ids: $0.ids) }
        return problems
    }
}
