/// Bytes → text: binary detection and decoding never trap; decoded text holds no control
/// character but LF; printable ASCII comes through untouched.
enum DecodeStage {
    static func run(_ bytes: [UInt8]) {
        let isBinary = bytes.withUnsafeBytes { TextDecoder.isBinary($0) }
        FuzzCheck.require(!bytes.contains(0) || isBinary, "a NUL byte was taken for text")
        guard let decoded = ArticleText.decode(bytes) else { return }
        for line in decoded.text.split(separator: "\n", omittingEmptySubsequences: false) {
            FuzzCheck.requireClean(line, "decoded line")
        }
        if bytes.allSatisfy({ $0 == 0x0A || (0x20...0x7E).contains($0) }) {
            FuzzCheck.require(Array(decoded.text.utf8) == bytes, "printable ASCII changed in decoding")
        }
    }
}
