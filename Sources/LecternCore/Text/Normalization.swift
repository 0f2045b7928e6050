import Foundation

/// Unicode normalisation of article and query text.
public enum Normalization {
    /// The NFC form of `s`.
    ///
    /// Most text never needs the (allocating) Foundation call: every scalar below U+0300 is
    /// unchanged by NFC and never composes with a neighbour unless that neighbour is at U+0300
    /// or above, and such scalars all start with a UTF-8 byte of 0xCC or more.
    public static func nfc(_ s: String) -> String {
        if isTriviallyNFC(s) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// True when no scalar of `s` is U+0300 or above, which is enough for `s` to be in NFC.
    static func isTriviallyNFC(_ s: String) -> Bool {
        var copy = s
        return copy.withUTF8 { bytes in
            for byte in bytes where byte >= 0xCC { return false }
            return true
        }
    }
}
