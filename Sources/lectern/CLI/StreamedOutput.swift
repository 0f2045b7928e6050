#if canImport(Glibc)
import Glibc
#endif

/// Standard output (or error) written in pieces as they are made, so that a long output is never
/// built whole in memory. A closed pipe (`| head`) ends the writing quietly.
struct StreamedOutput {
    private let descriptor: Int32
    private(set) var isClosed = false

    init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    /// Writes `bytes` whole; false once the output is closed, when nothing more is written.
    mutating func write(_ bytes: [UInt8]) -> Bool {
        var written = 0
        while !isClosed, written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                isClosed = true
                break
            }
            written += result
        }
        return !isClosed
    }
}
