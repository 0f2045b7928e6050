/// What a cluster allows around it when a line is broken (a small subset of UAX #14).
public enum BreakClass: Sendable {
    /// Spaces (and ZERO WIDTH SPACE): a line may break here.
    case space
    /// Hyphens and dashes: a break is allowed after.
    case hyphen
    /// CJK ideographs, kana, Hangul syllables, fullwidth forms: breaks allowed before and after.
    case ideograph
    /// Closing punctuation (。，、」』）！？ and ASCII ) ] } , . ! ? : ;): no break before.
    case closing
    /// Opening punctuation (「『（ and ASCII ( [ {): no break after.
    case opening
    /// Everything else: letters, digits, emoji... no break between two of these.
    case other
}

extension BreakClass {
    /// The class of a cluster starting with this ASCII byte.
    @inline(__always)
    static func ofASCII(_ byte: UInt8) -> BreakClass {
        // Nearly every byte laid out is a letter or a digit: one test of a bit settles those,
        // where the switch is a chain of compares and jumps the processor often guesses wrong.
        if isOtherASCII(byte) { return .other }
        switch byte {
        case 0x20, 0x09...0x0D: return .space
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "."),
             UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"):
            return .closing
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .opening
        default: return .other
        }
    }

    /// Whether `ofASCII(byte)` is `.other`, by a bit of two masks (ASCII bytes only).
    @inline(__always)
    static func isOtherASCII(_ byte: UInt8) -> Bool {
        let mask: UInt64 = byte < 64 ? 0x73FF_8CFC_FFFF_C1FF : 0xD7FF_FFFF_D7FF_FFFF
        return mask &>> UInt64(byte & 63) & 1 != 0
    }

    /// Printable ASCII other than a space and a hyphen: between two such bytes no line may break
    /// (`BreakPoints.allowsBreak` breaks inside ASCII only after a space or a hyphen), so a run
    /// of them is one word, each byte a cluster of one column (unless a byte above ASCII follows
    /// it, which may extend it).
    @inline(__always)
    static func isWordASCII(_ byte: UInt8) -> Bool {
        byte &- 0x21 < 0x7F - 0x21 && byte != UInt8(ascii: "-")
    }

    /// The end of the run of `isWordASCII` bytes from `start`: sixteen bytes at a time, then one
    /// at a time over the last bytes that make no lane; exactly at the first other byte. One
    /// vector compare finds where a word ends without a guess per byte.
    @inline(__always)
    static func endOfWordASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        // `isWordASCII`'s unsigned compare made signed (the vector unit has only those): a byte
        // minus 0x21, plus 0x80, is below 0x7F - 0x21 - 0x80.
        let low = SIMD16<UInt8>(repeating: 0x21 &+ 0x80), count = SIMD16<Int8>(repeating: -0x80 + 0x7F - 0x21)
        let hyphen = SIMD16<UInt8>(repeating: UInt8(ascii: "-"))
        var index = start
        while index &+ 16 <= bytes.count {
            let byte = ByteLanes.load(raw, at: index)
            let printable = count .> unsafeBitCast(byte &- low, to: SIMD16<Int8>.self)
            if let other = ByteLanes.first(.!(printable .& (byte .!= hyphen))) { return index &+ other }
            index &+= 16
        }
        while index < bytes.count, isWordASCII(bytes[index]) { index &+= 1 }
        return index
    }

    /// The class of a cluster starting with this scalar.
    static func of(_ value: UInt32) -> BreakClass {
        if value < 0x80 { return ofASCII(UInt8(value)) }
        if value < 0x1100 { return value == 0xAD || value == 0x58A ? .hyphen : .other }
        switch value {
        case 0x1680, 0x2000...0x2006, 0x2008...0x200B, 0x205F, 0x3000:
            return .space
        case 0x2010, 0x2012...0x2014:
            return .hyphen
        case 0x2019, 0x201D, 0x2025, 0x2026, 0x203C, 0x2047...0x2049,
             0x3001, 0x3002, 0x3005, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019,
             0x301B, 0x301C, 0x301E, 0x301F, 0x303B, 0x309B...0x309E, 0x30A0, 0x30FB...0x30FE,
             // Small kana: they continue the syllable before them.
             0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
             0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6,
             0x31F0...0x31FF,
             0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF60, 0xFF61,
             0xFF63...0xFF65, 0xFF67...0xFF70, 0xFF9E, 0xFF9F:
            return .closing
        case 0x2018, 0x201C, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D,
             0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62:
            return .opening
        case 0x1100...0x115F,  // Hangul leading jamo: starts a syllable
             0x2E80...0x2FDF, 0x2FF0...0x2FFF, 0x3003...0x303F, 0x3041...0x30FF, 0x3105...0x312F,
             0x3131...0x318E, 0x3190...0x31EF, 0x3200...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF9F,
             0xFFE0...0xFFE6, 0x1B000...0x1B16F, 0x1F200...0x1F2FF, 0x20000...0x3FFFD:
            return .ideograph
        default:
            return .other
        }
    }
}
