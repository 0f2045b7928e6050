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

    /// True when no scalar of `s` is U+0300 or above. That is enough for `s` to be NFC: every
    /// scalar below U+0300 is unchanged by NFC, and composes with a neighbour only when that
    /// neighbour is at U+0300 or above; those all start with a UTF-8 byte of 0xCC or more.
    static func isTriviallyNFC(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { bytes in !bytes.contains { $0 >= 0xCC } }
    }
}
