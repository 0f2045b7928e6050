#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A long text decoded in pieces on all cores, with the text one pass would make.
///
/// Decoding is local to lines (see `ListingSummary`): after a line feed the sanitizer is back in
/// plain text, and no UTF-8 sequence holds a line feed. So pieces cut after line feeds decode to
/// pieces of the whole text, and their counts of removed controls add up. Whether the bytes are
/// UTF-8 is a question about all of them: when a piece is not, the caller decodes the whole.
/// Whether the text needs normalising is asked of each piece too, on all cores: a text whose
/// pieces are all trivially NFC (`Normalization.isTriviallyNFC`, a test of each scalar) is.
extension TextDecoder {
    /// Bytes shorter than twice this are decoded in one piece.
    static let pieceBytes = 256 * 1024

    /// The sanitized text of bytes that are all valid UTF-8; nil when they are not.
    static func sanitizedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, pieceBytes: Int = pieceBytes) -> DecodedText? {
        let pieces = decodingPieces(bytes, pieceBytes: pieceBytes)
        guard pieces.count > 1 else { return sanitized(bytes, as: .utf8, repairing: false) }
        var parts = Parallel.map(pieces.indices, batch: 1) { index in
            sanitized(UnsafeBufferPointer(rebasing: bytes[pieces[index]]), as: .utf8, repairing: false,
                      skipsByteOrderMark: index == 0).map { part in
                var part = part
                part.isKnownNFC = Normalization.isTriviallyNFC(part.text)
                return part
            }
        }
        guard parts.allSatisfy({ $0 != nil }) else { return nil }
        let isKnownNFC = parts.allSatisfy { $0!.isKnownNFC }
        var text = ""
        text.reserveCapacity(parts.reduce(0) { $0 + $1!.text.utf8.count })
        var removedControls = 0
        for index in parts.indices {
            text += parts[index]!.text
            removedControls += parts[index]!.removedControls
            parts[index] = nil  // let each piece go once copied
        }
        var decoded = DecodedText(text: text, encoding: .utf8, removedControls: removedControls)
        decoded.isKnownNFC = isKnownNFC
        return decoded
    }

    /// Consecutive ranges that cover `bytes`, each but the last ending after a line feed and at
    /// least `pieceBytes` long.
    static func decodingPieces(_ bytes: UnsafeBufferPointer<UInt8>, pieceBytes: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        while let base = bytes.baseAddress, bytes.count - start >= 2 * pieceBytes,
              let found = memchr(base + start + pieceBytes, 0x0A, bytes.count - start - pieceBytes) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            pieces.append(start..<end)
            start = end
        }
        pieces.append(start..<bytes.count)
        return pieces
    }
}
