/// ASCII case, byte by byte: the fast path of every case-insensitive comparison.
enum ASCII {
    /// `byte` in lower case when it is an upper-case ASCII letter, unchanged otherwise.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// `byte` in upper case when it is a lower-case ASCII letter, unchanged otherwise.
    @inline(__always)
    static func uppercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x61 < 26 ? byte & 0xDF : byte
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }
}
