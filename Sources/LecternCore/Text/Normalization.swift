/// Unicode normalisation of article and query text.
public enum Normalization {
    /// The NFC form of `s`; `s` itself when it is NFC already, which is checked without copying.
    ///
    /// This uses the standard library's normaliser, not Foundation's
    /// `precomposedStringWithCanonicalMapping`: on Linux that one works but slows down
    /// quadratically with text that needs many changes (about 0.9 s for 450 KB of decomposed
    /// accents, minutes for megabytes), and costs several microseconds a call even on short text.
    public static func nfc(_ s: String) -> String {
        if isTriviallyNFC(s) { return s }
        var span = s.utf8Span
        if span.checkForNFC(quickCheck: true) { return s }
        return String(decoding: s._nfcCodeUnits, as: UTF8.self)
    }

    /// A scalar that NFC leaves as it is, with combining class 0, and that no canonical
    /// decomposition has after its first scalar: so it never composes with the scalar before it,
    /// and text made only of such scalars is NFC. Those `isTriviallyNFC` passes, and the
    /// ideographs, kana, Hangul syllables, fullwidth forms, symbols and emoji of most text (a
    /// test checks every one of them).
    static func isInert(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 || (0x2010...0x205E).contains(scalar) { return true }
        return inertRanges.contains { $0.contains(scalar) }
    }

    static let inertRanges: [ClosedRange<UInt32>] = [
        0x200D...0x200D, 0x2600...0x27BF, 0x3000...0x3029, 0x3041...0x3096, 0x30A0...0x30FF,
        0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFE00...0xFE0F, 0xFF01...0xFF60, 0x1F300...0x1FAFF,
    ]

    /// True when valid UTF-8 `bytes` pass NFC's quick check, so `nfc` would leave them as they
    /// are (false may also mean that only the full check could tell), without a String of them.
    static func passesQuickCheck(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var span = try? UTF8Span(validating: bytes.span) else { return false }
        return span.checkForNFC(quickCheck: true)
    }

    /// True when every scalar of `s` is below U+0300 or is typographic punctuation (U+2010–U+205E:
    /// dashes, curly quotes, ellipsis), as in most articles. That is enough for `s` to be NFC: all
    /// those scalars are unchanged by NFC, and none composes with another of them (a scalar below
    /// U+0300 composes only with one at U+0300 or above, and the punctuation with nothing).
    /// Lead bytes below 0xCC start scalars below U+0300; continuation bytes are below 0xCC too.
    static func isTriviallyNFC(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            let raw = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                // Eight ASCII bytes at a time: most of an article.
                if let raw, index + 8 <= count,
                   raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte < 0xCC {
                    index += 1
                    continue
                }
                guard byte == 0xE2, index + 2 < count else { return false }
                let second = bytes[index + 1], third = bytes[index + 2]
                guard (second == 0x80 && third >= 0x90) || (second == 0x81 && third <= 0x9E) else { return false }
                index += 3
            }
            return true
        }
    }
}
