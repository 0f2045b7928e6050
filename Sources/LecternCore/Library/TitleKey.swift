/// The form of a title that links are matched on: forgiving case, typographic quotes,
/// dashes, runs of spaces, invisible characters and Unicode normalisation.
public enum TitleKey {
    public static func make(_ title: String) -> String {
        asciiKey(title) ?? latinKey(title) ?? unicodeKey(title)
    }

    static func unicodeKey(_ title: String) -> String {
        var key = ""
        // Invisible characters (a stray BOM, soft hyphens, zero-width spaces) do not tell titles apart.
        let visible = Normalization.nfc(title).lowercased().unicodeScalars.lazy
            .filter { !$0.properties.isDefaultIgnorableCodePoint }
        WhiteSpace.collapse(visible) { scalar, afterSpace in
            let folded = fold(scalar)
            // "A – B", "A—B" and "A - B" are one title: spaces around a dash do not count.
            if afterSpace, folded != "-", key.unicodeScalars.last != "-" {
                key.unicodeScalars.append(" ")
            }
            key.unicodeScalars.append(folded)
        }
        return key
    }

    /// The same key for an all-ASCII title, byte by byte (most titles; listing makes thousands).
    static func asciiKey(_ title: String) -> String? {
        var title = title
        // On the contiguous bytes, written straight into the key's storage.
        return title.withUTF8 { bytes -> String? in
            // Non-ASCII and controls (never in a parsed title): the general path decides.
            guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || WhiteSpace.isASCIIWhiteSpace($0) }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { key in
                var count = 0
                WhiteSpace.collapse(bytes, isSpace: WhiteSpace.isASCIIWhiteSpace) { byte, afterSpace in
                    var folded = ASCII.lowercased(byte)
                    if folded == UInt8(ascii: "`") { folded = UInt8(ascii: "'") }
                    if afterSpace, folded != UInt8(ascii: "-"), key[count - 1] != UInt8(ascii: "-") {
                        key[count] = 0x20
                        count += 1
                    }
                    key[count] = folded
                    count += 1
                }
                return count
            }
        }
    }

    /// The same key for a title of Latin-1 letters and typographic punctuation (curly quotes,
    /// dashes), without looking up Unicode properties: nil for anything else.
    static func latinKey(_ title: String) -> String? {
        // Written as UTF-8 bytes: appending to a String's scalars costs far more per scalar.
        var key: [UInt8] = []
        key.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for scalar in title.unicodeScalars {
            let value = scalar.value
            var lowered = scalar
            switch value {
            case 0x09...0x0D, 0x20, 0xA0, 0x2028, 0x2029, 0x202F:  // White_Space
                pendingSpace = !key.isEmpty
                continue
            case 0xAD, 0x202A...0x202E:  // Default_Ignorable_Code_Point
                continue
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE:
                lowered = Unicode.Scalar(value + 0x20)!
            case 0x21...0x7E, 0xA1...0xFF, 0x2010...0x205E:
                break
            default:
                return nil  // controls, and scripts whose case and normalisation need the tables
            }
            let folded = fold(lowered)
            if pendingSpace, folded != "-", key.last != UInt8(ascii: "-") { key.append(0x20) }
            pendingSpace = false
            UTF8Scalar.append(folded.value, to: &key)
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{02BC}", "`", "\u{00B4}": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
        default: return scalar
        }
    }
}
