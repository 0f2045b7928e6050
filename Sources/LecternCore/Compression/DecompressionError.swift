/// Why compressed bytes could not be made back into the file they came from.
public enum DecompressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The stream stops before its end.
    case truncated
    /// Bits that no valid stream holds, said in a few words.
    case malformed(String)
    /// The stored check value does not match what came out.
    case checksumMismatch
    /// More would come out than a reader should hold in memory.
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .truncated: return "it ends too soon"
        case .malformed(let what): return what
        case .checksumMismatch: return "its checksum does not match"
        case .tooLarge(let limit): return "it would be larger than \(limit / (1024 * 1024)) MiB"
        }
    }
}
