#if canImport(Glibc)
import Glibc
#endif

/// The problems `lectern check` reports about a library. Each reads as one line naming its
/// file or article, with names escaped (`ControlEscaping`).
public enum LibraryProblem: Sendable, Equatable, CustomStringConvertible {
    /// A file named like an article that cannot be read as one: missing, unreadable, binary...
    case unusable(path: String, FileFailure)
    /// Listed and opened, but its name is not UTF-8: shown with the odd bytes escaped.
    case nonUTF8Name(path: String)
    case empty(id: String)
    case legacyEncoding(id: String)
    case unresolvedLink(id: String, direction: LinkDirection, title: String)
    case duplicateTitle(title: String, ids: [String])

    /// The kinds of problem, in the order `check` reports them.
    public enum Group: Int, Sendable, CaseIterable, Comparable {
        case unusable, nonUTF8Name, empty, legacyEncoding, unresolvedLink, duplicateTitle

        public var heading: String {
            switch self {
            case .unusable: return "Files that cannot be read as articles"
            case .nonUTF8Name: return "File names that are not UTF-8 (listed and opened all the same)"
            case .empty: return "Empty articles"
            case .legacyEncoding: return "Articles not in UTF-8"
            case .unresolvedLink: return "Links to articles that are not in the library"
            case .duplicateTitle: return "Titles shared by several articles"
            }
        }

        public static func < (a: Group, b: Group) -> Bool { a.rawValue < b.rawValue }
    }

    public var group: Group {
        switch self {
        case .unusable: return .unusable
        case .nonUTF8Name: return .nonUTF8Name
        case .empty: return .empty
        case .legacyEncoding: return .legacyEncoding
        case .unresolvedLink: return .unresolvedLink
        case .duplicateTitle: return .duplicateTitle
        }
    }

    public var description: String {
        switch self {
        case .unusable(let path, let problem): return "\(shown(path)): \(problem)"
        case .nonUTF8Name(let path): return "\(shown(path)): the file name is not UTF-8"
        case .empty(let id): return "\(shown(id)): empty article (titled by its file name)"
        case .legacyEncoding(let id): return "\(shown(id)): not UTF-8, read as Windows-1252"
        case .unresolvedLink(let id, let direction, let title):
            return "\(shown(id)): \(direction.label) link names \"\(shown(title))\", which is not in the library"
        case .duplicateTitle(let title, let ids):
            return "title \"\(shown(title))\" is shared by \(ids.map(shown).joined(separator: ", ")); links go to \(shown(ids[0]))"
        }
    }

    private func shown(_ text: String) -> String { ControlEscaping.escaped(text) }
}

extension Library {
    /// Every problem of the library, grouped by kind (in `Group` order); reads each file whole,
    /// so encodings are judged on all of it.
    public func check() -> [LibraryProblem] {
        var problems: [LibraryProblem] = rejected.map { .unusable(path: $0.path, $0.error.fileFailure) }
        for entry in entries {
            if FileName.hasRawBytes(entry.id) { problems.append(.nonUTF8Name(path: entry.path)) }
            if entry.isEmpty { problems.append(.empty(id: entry.id)) }
            problems += wholeFileProblems(entry)
            for (direction, link) in [(LinkDirection.previous, entry.previous), (.next, entry.next)] {
                if let link, link.id == nil {
                    problems.append(.unresolvedLink(id: entry.id, direction: direction, title: link.title))
                }
            }
        }
        problems += duplicateTitles.map { .duplicateTitle(title: $0.title, ids: $0.ids) }
        return problems.enumerated().sorted { ($0.element.group, $0.offset) < ($1.element.group, $1.offset) }.map(\.element)
    }

    /// Encoding and binary data, judged on the whole file: the listing's reading when it read
    /// the whole file (then only whether it is still readable is asked); otherwise (a large
    /// file, seen only at its ends) read it all now.
    private func wholeFileProblems(_ entry: LibraryEntry) -> [LibraryProblem] {
        var encoding = entry.encoding
        if entry.wasReadWhole {
            if FileName.withCString(entry.path, { access($0, R_OK) }) != 0 {
                return [.unusable(path: entry.path, FileStatus.problem(entry.path, errno: errno))]
            }
        } else {
            do {
                let bytes = try ArticleFile.readAll(entry.path)
                let binary = bytes.withUnsafeBytes { TextDecoder.isBinary($0) ? BinaryEvidence.of($0) : nil }
                if let binary { return [.unusable(path: entry.path, .binary(binary))] }
                encoding = bytes.withUnsafeBytes { TextDecoder.decode($0).encoding }
            } catch {
                return [.unusable(path: entry.path, error.fileFailure)]
            }
        }
        return encoding == .utf8 ? [] : [.legacyEncoding(id: entry.id)]
    }
}
