/// Small helpers for walking valid UTF-8 (the bytes of a Swift `String`) without building Characters.
enum UTF8Scanning {
    /// The scalar value starting at `i` and its length in bytes. `bytes` must be valid UTF-8 and
    /// `i` a scalar boundary, as they always are for a `String`'s storage.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let b1 = UInt32(bytes[i + 1]) & 0x3F
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | b1, 2) }
        let b2 = UInt32(bytes[i + 2]) & 0x3F
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | b1 << 6 | b2, 3) }
        let b3 = UInt32(bytes[i + 3]) & 0x3F
        return ((b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4)
    }

    /// The first byte of the UTF-8 encoding of the scalar `value`.
    static func leadByte(of value: UInt32) -> UInt8 {
        switch value {
        case ..<0x80: UInt8(value)
        case ..<0x800: UInt8(0xC0 | value >> 6)
        case ..<0x10000: UInt8(0xE0 | value >> 12)
        default: UInt8(0xF0 | value >> 18)
        }
    }

    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Length of the white-space scalar at `i`, or nil when the scalar there is not white space.
    @inline(__always)
    static func whitespaceLength(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let byte = bytes[i]
        if byte < 0x80 { return isASCIIWhitespace(byte) ? 1 : nil }
        let (value, length) = scalar(in: bytes, at: i)
        return isWhitespace(value) ? length : nil
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isWhitespace
    }

    /// True when the scalar at `i` cannot start a grapheme cluster: it belongs to the character
    /// before it (combining marks, joiners, variation selectors, skin-tone modifiers).
    static func continuesCluster(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        // Nothing below U+0300 extends a cluster, and those all start with a byte below 0xCC.
        guard bytes[i] >= 0xCC else { return false }
        return isClusterExtender(scalar(in: bytes, at: i).value)
    }

    static func isClusterExtender(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isGraphemeExtend || value == 0x200D || properties.isEmojiModifier
        }
    }
}
