/// The one UTF-8 decoder (and encoder) of the core: scalars from bytes, bytes from scalars.
enum UTF8Scalar {
    /// Decodes and validates the scalar at `index`: nil when the bytes there are not
    /// well-formed UTF-8 (overlong forms, surrogates, values past U+10FFFF, cut sequences).
    @inline(__always)
    static func validatedDecode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int)? {
        let lead = bytes[index]
        let length: Int
        // The allowed range of the second byte depends on the lead byte (RFC 3629).
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return (UInt32(lead), 1)
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondHigh = 0x9F
        case 0xF0: length = 4; secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondHigh = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= secondLow && second <= secondHigh else { return nil }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        value = value << 6 | UInt32(second & 0x3F)
        for offset in 2..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (value, length)
    }

    /// Decodes the scalar at `index` of bytes known to be valid UTF-8 (a `String`'s storage).
    /// Malformed or cut bytes still never read out of bounds: they yield U+FFFD for one byte.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        return validatedDecode(bytes, at: index) ?? (0xFFFD, 1)
    }

    /// How many bytes the sequence that starts with `lead` takes in valid UTF-8 (one for a
    /// byte that starts none), told from the lead byte alone.
    @inline(__always)
    static func length(startingWith lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Where the scalar that ends at `index` of well-formed UTF-8 starts.
    @inline(__always)
    static func start(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The first byte of the UTF-8 encoding of `value`.
    @inline(__always)
    static func leadByte(of value: UInt32) -> UInt8 {
        switch value {
        case ..<0x80: UInt8(value)
        case ..<0x800: UInt8(0xC0 | value >> 6)
        case ..<0x10000: UInt8(0xE0 | value >> 12)
        default: UInt8(0xF0 | value >> 18)
        }
    }

    /// Appends the UTF-8 encoding of the scalar `value` to `output`.
    @inline(__always)
    static func append(_ value: UInt32, to output: inout [UInt8]) {
        output.append(leadByte(of: value))
        if value < 0x80 { return }
        if value >= 0x10000 { output.append(UInt8(0x80 | value >> 12 & 0x3F)) }
        if value >= 0x800 { output.append(UInt8(0x80 | value >> 6 & 0x3F)) }
        output.append(UInt8(0x80 | value & 0x3F))
    }
}

extension String {
    /// A string of bytes known to be well-formed UTF-8 (made by this decoder's rules), copied
    /// without validating them again: validating costs several instructions a byte.
    init(wellFormedUTF8 bytes: [UInt8]) {
        self = String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// The same, of bytes in place (checked as UTF-8 already: `TextDecoder.isUTF8`).
    init(wellFormedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        self = String(copying: UTF8Span(unchecked: bytes.span))
    }
}
