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

    /// True when every scalar of `s` is below U+0300, typographic punctuation (U+2010–U+205E:
    /// dashes, curly quotes, ellipsis), the zero-width joiner, a symbol or dingbat
    /// (U+2600–U+27BF), CJK punctuation (U+3000–U+303F but the tone marks U+302A–U+302F), kana
    /// (U+3040–U+30FF but the voicing marks U+3099–U+309C), a CJK unified
    /// ideograph (U+4E00–U+9FFF), a Hangul syllable (U+AC00–U+D7A3; the jamo they compose with
    /// are not passed), a variation selector (U+FE00–U+FE0F) or an emoji (U+1F300–U+1FAFF), as
    /// in most articles. That is enough for `s` to be NFC: all those scalars are unchanged by
    /// NFC, have combining class 0, and none composes with another of them (a scalar below U+0300
    /// composes only with one at U+0300 or above, and the others with nothing).
    /// Lead bytes below 0xCC start scalars below U+0300; continuation bytes are below 0xCC too.
    static func isTriviallyNFC(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { isTriviallyNFC($0) }
    }

    /// `isTriviallyNFC` on bytes that are valid UTF-8.
    static func isTriviallyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
            // The text is valid UTF-8: a lead byte has all its continuation bytes.
            let second = bytes[index + 1]
            switch byte {
            case 0xE2:
                let third = bytes[index + 2]
                guard (second == 0x80 && (third >= 0x90 || third == 0x8D)) || (second == 0x81 && third <= 0x9E)
                        || (0x98...0x9E).contains(second)
                else { return false }
                index += 3
            case 0xE3 where second == 0x80 && !(0xAA...0xAF).contains(bytes[index + 2]),
                 0xE3 where (0x81...0x83).contains(second) && !(second == 0x82 && (0x99...0x9C).contains(bytes[index + 2])):
                index += 3
            case 0xE4 where second >= 0xB8:  // U+4E00 on: ideographs
                index += 3
            case 0xE5...0xE9:  // ideographs to U+9FFF
                index += 3
            case 0xEA where second >= 0xB0:  // U+AC00 on: Hangul syllables
                index += 3
            case 0xEB, 0xEC:
                index += 3
            case 0xED where second < 0x9E || (second == 0x9E && bytes[index + 2] <= 0xA3):  // to U+D7A3
                index += 3
            case 0xEF where second == 0xB8 && bytes[index + 2] <= 0x8F:
                index += 3
            case 0xF0 where second == 0x9F && (0x8C...0xAB).contains(bytes[index + 2]):
                index += 4
            default:
                return false
            }
        }
        return true
    }

    /// True when valid UTF-8 `bytes` pass NFC's quick check, so `nfc` would leave them as they
    /// are (false may also mean that only the full check could tell), without a String of them.
    static func passesQuickCheck(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var span = try? UTF8Span(validating: bytes.span) else { return false }
        return span.checkForNFC(quickCheck: true)
    }
}
