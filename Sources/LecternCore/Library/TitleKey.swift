/// The form of a title that links are matched on: forgiving case, typographic quotes,
/// dashes, runs of spaces, invisible characters and Unicode normalisation.
public enum TitleKey {
    public static func make(_ title: String) -> String {
        latinKey(title) ?? unicodeKey(title)
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

    /// The same key for a title of ASCII, Latin-1 letters and typographic punctuation (curly
    /// quotes, dashes), the titles of most articles, without looking up Unicode properties: nil
    /// for anything else. Made on the title's UTF-8 and written straight into the key's storage
    /// (a listing makes thousands): a scalar's key is the scalar itself, or one ASCII byte, or
    /// an upper-case Latin-1 letter lowered, never longer than the scalar, and a run of white
    /// space becomes at most one space, so the key is never longer than the title. The key is in
    /// NFC: no scalar it holds has a decomposition, or combines with the one before it.
    static func latinKey(_ title: String) -> String? {
        var title = title
        return title.withUTF8 { bytes -> String? in
            guard let source = bytes.baseAddress else { return "" }
            var isLatin = true
            let key = String(unsafeUninitializedCapacity: bytes.count) { key in
                let output = key.baseAddress!
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let start = index
                    let byte = source[index]
                    var folded: UInt32
                    if byte < 0x80 {
                        index += 1
                        switch byte {
                        case 0x09...0x0D, 0x20:  // White_Space
                            pendingSpace = count > 0
                            continue
                        case 0x41...0x5A: folded = UInt32(byte | 0x20)
                        case 0x60: folded = fold(0x60)
                        case 0x21...0x7E: folded = UInt32(byte)
                        default:
                            isLatin = false  // controls
                            return 0
                        }
                    } else {
                        let (value, length) = UTF8Scalar.decode(bytes, at: index)
                        index += length
                        switch value {
                        case 0xA0, 0x2028, 0x2029, 0x202F:  // White_Space
                            pendingSpace = count > 0
                            continue
                        case 0xAD, 0x202A...0x202E:  // Default_Ignorable_Code_Point
                            continue
                        case 0xC0...0xD6, 0xD8...0xDE: folded = value + 0x20
                        case 0xA1...0xFF, 0x2010...0x205E: folded = fold(value)
                        default:
                            isLatin = false  // controls, and scripts whose case and normalisation need the tables
                            return 0
                        }
                    }
                    if pendingSpace, folded != 0x2D, output[count - 1] != 0x2D {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    if folded < 0x80 {
                        output[count] = UInt8(truncatingIfNeeded: folded)
                        count += 1
                    } else if folded < 0x100 {
                        // A Latin-1 letter, lowered or not: two bytes, as it was.
                        output[count] = UTF8Scalar.leadByte(of: folded)
                        output[count + 1] = UInt8(truncatingIfNeeded: 0x80 | folded & 0x3F)
                        count += 2
                    } else {
                        // Punctuation that is its own key: its bytes.
                        (output + count).update(from: source + start, count: index - start)
                        count += index - start
                    }
                }
                return count
            }
            return isLatin ? key : nil
        }
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(fold(scalar.value)) ?? scalar
    }

    /// Typographic quotes, primes and dashes as the ASCII ones.
    private static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x60, 0xB4, 0x02BC, 0x2018...0x201B, 0x2032: 0x27  // '
        case 0xAB, 0xBB, 0x201C...0x201F, 0x2033: 0x22  // "
        case 0x2010...0x2015, 0x2212: 0x2D  // -
        default: value
        }
    }
}
