#if canImport(Glibc)
import Glibc
#endif

/// Standard output written in 64 KiB pieces as lines are added, so that a long output is never
/// built whole in memory. A closed pipe (`| head`) ends the writing quietly.
struct StreamedOutput {
    private var buffer: [UInt8] = []
    private var isClosed = false
    static let chunkSize = 64 * 1024

    init() { buffer.reserveCapacity(Self.chunkSize + 4096) }

    /// `line` and a line feed.
    mutating func appendLine(_ line: String) {
        guard !isClosed else { return }
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= Self.chunkSize { flush() }
    }

    mutating func flush() {
        guard !isClosed else { return }
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                isClosed = true
                break
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
