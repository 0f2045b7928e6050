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

    /// Whether every byte is ASCII: such bytes are their own UTF-8, one scalar each.
    @inline(__always)
    static func holdsOnlyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 }
    }

    /// Whether any byte is a control: below 0x20, or DEL. Eight bytes at a time.
    static func holdsControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 8 <= bytes.count {
            if wordHoldsControl(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return true }
            index += 8
        }
        return bytes[index...].contains { $0 < 0x20 || $0 == 0x7F }
    }

    /// Whether any of the eight bytes of `word` is a control (below 0x20, or DEL).
    @inline(__always)
    static func wordHoldsControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // High bits set at bytes below 0x20 and at DEL (bytes from 0x80 up set none); a borrow
        // runs only upwards from a flagged byte, so whether any is flagged is exact.
        let belowSpace = (word &- ones &* 0x20) & ~word
        let deleteBytes = word ^ (ones &* 0x7F)
        let isDelete = (deleteBytes &- ones) & ~deleteBytes
        return (belowSpace | isDelete) & (ones &* 0x80) != 0
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26
    }

    /// The bytes of the sixteen at `offset` that are not plain ASCII text (printable ASCII, line
    /// feeds): most lanes of an article have none.
    @inline(__always)
    static func nonTextBytes(_ raw: UnsafeRawPointer, at offset: Int) -> SIMDMask<SIMD16<Int8>> {
        .!textBytes(raw, at: offset)
    }

    /// The bytes of the sixteen at `offset` that are plain ASCII text: the lanes `nonTextBytes` leaves.
    @inline(__always)
    static func textBytes(_ raw: UnsafeRawPointer, at offset: Int) -> SIMDMask<SIMD16<Int8>> {
        let byte = ByteLanes.load(raw, at: offset)
        // With one added, 0x20–0x7E alone are above 0x20 as signed bytes: one compare for both ends.
        let shifted = unsafeBitCast(byte &+ 1, to: SIMD16<Int8>.self)
        return (shifted .> SIMD16<Int8>(repeating: 0x20)) .| (byte .== SIMD16(repeating: 0x0A))
    }

    /// Whether `byte` is plain ASCII text as `nonTextBytes` sees it: printable ASCII or a line feed.
    @inline(__always)
    static func isText(_ byte: UInt8) -> Bool {
        (byte >= 0x20 && byte < 0x7F) || byte == 0x0A
    }

    /// Skips plain ASCII text (printable ASCII, line feeds) sixteen bytes at a time, up to the
    /// first other byte (exactly) or the last bytes that make no lane: callers step from there
    /// byte by byte.
    @inline(__always)
    static func endOfText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index &+ 16 <= bytes.count {
            if let other = ByteLanes.first(nonTextBytes(UnsafeRawPointer(base), at: index)) { return index &+ other }
            index &+= 16
        }
        return index
    }

    /// Skips printable ASCII (0x20–0x7E) sixteen or eight bytes at a time, up to the first other byte
    /// (exactly: callers step from it byte by byte) or the last bytes that make no whole word.
    @inline(__always)
    static func endOfPrintableWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        // Sixteen bytes at a time with vector compares first, then the last whole word of eight.
        let raw = UnsafeRawPointer(base)
        let space = SIMD16<UInt8>(repeating: 0x20), printableCount = SIMD16<UInt8>(repeating: 0x7F - 0x20)
        while index + 16 <= bytes.count {
            if let other = ByteLanes.first((ByteLanes.load(raw, at: index) &- space) .>= printableCount) { return index + other }
            index += 16
        }
        while index + 8 <= bytes.count {
            let flags = nonPrintableFlags(raw, at: index)
            guard flags == 0 else { return index + flags.trailingZeroBitCount / 8 }
            index += 8
        }
        return index
    }

    /// Whether the last eight bytes are all printable ASCII (false when there are fewer): where
    /// `endOfPrintableWords` leaves the last bytes that make no whole word, the word that ends
    /// with them (read over bytes passed already) tells at once that they are printable too.
    @inline(__always)
    static func endsInPrintableWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 8 else { return false }
        return nonPrintableFlags(UnsafeRawPointer(base), at: bytes.count - 8) == 0
    }

    /// The eight bytes at `offset`, each byte's high bit set when the byte is >= 0x80, < 0x20,
    /// or 0x7F. A borrow only runs upwards from such a byte, so the lowest flag is exact.
    @inline(__always)
    private static func nonPrintableFlags(_ raw: UnsafeRawPointer, at offset: Int) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        let belowSpace = (word &- ones &* 0x20) & ~word
        let deleteBytes = word ^ (ones &* 0x7F)
        let isDelete = (deleteBytes &- ones) & ~deleteBytes
        return (word | belowSpace | isDelete) & 0x8080_8080_8080_8080
    }
}
