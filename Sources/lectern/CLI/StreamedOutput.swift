#if canImport(Glibc)
import Glibc
#endif

/// Standard output written in 64 KiB pieces as text is appended, so that a long output is never
/// built whole in memory. A closed pipe (`| head`) ends the writing quietly.
struct StreamedOutput {
    private var buffer: [UInt8] = []
    private var isClosed = false
    /// Spaces held back until something else follows them on the line.
    private var pendingSpaces = 0
    static let chunkSize = 64 * 1024

    init() { buffer.reserveCapacity(Self.chunkSize + 4096) }

    mutating func append<S: StringProtocol>(_ text: S) {
        guard !isClosed else { return }
        for byte in text.utf8 {
            if byte == 0x20 {
                pendingSpaces += 1
                continue
            }
            // A line end drops the spaces before it, as `ArticleLayout.plainText` does.
            if byte != 0x0A { buffer.append(contentsOf: repeatElement(0x20, count: pendingSpaces)) }
            pendingSpaces = 0
            buffer.append(byte)
        }
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
