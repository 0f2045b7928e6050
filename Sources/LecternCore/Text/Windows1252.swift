/// The Windows-1252 code page, the usual encoding of old Western articles that are not UTF-8.
enum Windows1252 {
    /// Bytes 0x80–0x9F; the five bytes the code page leaves undefined map to the C1
    /// control of the same value, which the sanitizer then removes.
    private static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The scalar value of one byte; every byte has one.
    @inline(__always)
    static func scalar(_ byte: UInt8) -> UInt32 {
        if byte >= 0x80 && byte < 0xA0 { return UInt32(high[Int(byte) - 0x80]) }
        return UInt32(byte)  // ASCII and Latin-1 are the identity
    }
}
