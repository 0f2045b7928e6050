/// Why a library or an article could not be opened. Each reads as one line for the user.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case missingFolder(String)
    case notAFolder(String)
    case unreadable(String, reason: String)
    case notText(String)
    case unknownArticle(String, suggestions: [String])
    case ambiguousArticle(String, candidates: [String])

    public var description: String {
        switch self {
        case .missingFolder(let path): return "no library folder at \(path)"
        case .notAFolder(let path): return "\(path) is a file, not a library folder"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .notText(let path): return "\(path) is not a text article (binary data)"
        case .unknownArticle(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; closest: " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ")
            return "no article \"\(name)\" in the library\(hint)"
        case .ambiguousArticle(let name, let candidates):
            return "\"\(name)\" matches several articles: " + candidates.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }
}
