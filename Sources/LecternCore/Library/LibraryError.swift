/// Why a library or an article could not be opened. Each reads as one line for the user, with
/// every name in it escaped (`ControlEscaping`), so it is safe to print or to show in the reader.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case missingFolder(String)
    case notAFolder(String)
    /// The library folder exists but cannot be listed.
    case unlistableFolder(String, FileFailure)
    /// A file that cannot be used as an article, and why.
    case file(String, FileFailure)
    case unknownArticle(String, suggestions: [String])
    case ambiguousArticle(String, candidates: [String])

    public var description: String {
        switch self {
        case .missingFolder(let path): return "no library folder at \(shown(path))"
        case .notAFolder(let path): return "\(shown(path)) is a file, not a library folder"
        case .unlistableFolder(let path, let problem): return "cannot list the library folder \(shown(path)): \(problem)"
        // The problem first: the reader's status line cuts a long path short, not the news.
        case .file(let path, let problem): return "\(problem): \(shown(path))"
        case .unknownArticle(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; closest: " + suggestions.map { "\"\(shown($0))\"" }.joined(separator: ", ")
            return "no article \"\(shown(name))\" in the library\(hint)"
        case .ambiguousArticle(let name, let candidates):
            return "\"\(shown(name))\" matches several articles: " + candidates.map { "\"\(shown($0))\"" }.joined(separator: ", ")
        }
    }

    private func shown(_ text: String) -> String { ControlEscaping.escaped(text) }

    /// What went wrong with the file, for an error about one file; any other error as a read error.
    var fileFailure: FileFailure {
        if case .file(_, let problem) = self { return problem }
        return .readError(description)
    }
}

/// What is wrong with one file, in the words `ls`, `cat` or `less` would use.
public enum FileFailure: Sendable, Equatable, CustomStringConvertible {
    case noSuchFile
    /// A symbolic link whose target does not exist.
    case danglingLink(target: String)
    case permissionDenied
    case folder
    case symbolicLinkLoop
    /// Neither a regular file nor a folder (a device, a FIFO, a socket).
    case special
    /// Reading failed; the system's message.
    case readError(String)
    case binary(BinaryEvidence)
    /// A gzip file that cannot be decompressed.
    case damagedGzip(DecompressionError)

    public var description: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .danglingLink(let target): return "a symbolic link to \(ControlEscaping.escaped(target)), which does not exist"
        case .permissionDenied: return "permission denied"
        case .folder: return "a folder, not an article"
        case .symbolicLinkLoop: return "too many levels of symbolic links"
        case .special: return "not a regular file"
        case .readError(let message): return "read error: \(message)"
        case .binary(let evidence): return "binary data, not text: \(evidence)"
        case .damagedGzip(let error): return "a damaged gzip file: \(error)"
        }
    }
}

/// Why a file is taken for binary data: what `TextDecoder.isBinary` saw, counted.
public enum BinaryEvidence: Sendable, Equatable, CustomStringConvertible {
    case nulBytes(Int)
    /// Control bytes (other than tab, line feed, carriage return and form feed) among the first bytes.
    case controlBytes(Int, of: Int)

    public var description: String {
        switch self {
        case .nulBytes(let count): return "it has \(count) NUL byte\(count == 1 ? "" : "s")"
        case .controlBytes(let count, let total): return "\(count) of its first \(total) bytes are control bytes"
        }
    }

    /// The evidence in bytes that `TextDecoder.isBinary` judged binary.
    static func of(_ bytes: UnsafeRawBufferPointer) -> BinaryEvidence {
        let nuls = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if nuls > 0 { return .nulBytes(nuls) }
        let prefix = bytes.prefix(TextDecoder.binarySniffLength)
        let controls = prefix.reduce(0) { count, byte in
            count + ((byte < 0x20 || byte == 0x7F) && ![0x09, 0x0A, 0x0C, 0x0D].contains(byte) ? 1 : 0)
        }
        return .controlBytes(controls, of: prefix.count)
    }
}
