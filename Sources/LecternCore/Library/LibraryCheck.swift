#if canImport(Glibc)
import Glibc
#endif

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
            problems += wholeFileProblems(entry)
            for (direction, link) in [(LinkDirection.previous, entry.previous), (.next, entry.next)] {
                if let link, link.id == nil {
                    problems.append(.unresolvedLink(id: entry.id, direction: direction, title: link.title))
                }
            }
        }
        problems += duplicateTitles.map { .duplicateTitle(title: $0.title, ids: $0.ids) }
        return problems
    }

    /// Encoding and binary data, judged on the whole file: the listing's reading when it read
    /// the whole file (then only whether it is still readable is asked); otherwise (a large
    /// file, seen only at its ends) read it all now.
    private func wholeFileProblems(_ entry: LibraryEntry) -> [LibraryProblem] {
        var encoding = entry.encoding
        if entry.wasReadWhole {
            if access(entry.path, R_OK) != 0 {
                return [.unreadable(path: entry.path, reason: String(cString: strerror(errno)))]
            }
        } else {
            do {
                let bytes = try ArticleFile.readAll(entry.path)
                let isBinary = bytes.withUnsafeBytes { TextDecoder.isBinary($0) }
                if isBinary { return [.notText(path: entry.path)] }
                encoding = bytes.withUnsafeBytes { TextDecoder.decode($0).encoding }
            } catch {
                return [.unreadable(path: entry.path, reason: error.description)]
            }
        }
        return encoding == .utf8 ? [] : [.legacyEncoding(id: entry.id)]
    }
}
