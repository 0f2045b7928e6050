/// Skipping quickly over bytes that cannot start a match, eight at a time.
enum ByteScan {
    /// The bytes to stop at: `byte | caseBit == target`, and, when `stopsAtNonASCII`, any byte
    /// of 0x80 or more. With `caseBit` 0x20 and a lower-case letter as `target` this finds the
    /// letter in either case and nothing else.
    struct Stop: Sendable {
        var target: UInt8
        var caseBit: UInt8 = 0
        var stopsAtNonASCII = false

        @inline(__always)
        func matches(_ byte: UInt8) -> Bool {
            byte | caseBit == target || (stopsAtNonASCII && byte >= 0x80)
        }
    }

    /// The first index at or after `start` whose byte matches `stop`; `bytes.count` when none does.
    @inline(__always)
    static func next(_ stop: Stop, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let targets = repeated(stop.target)
            let caseBits = repeated(stop.caseBit)
            let highBits: UInt64 = stop.stopsAtNonASCII ? repeated(0x80) : 0
            while i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if !hasZeroByte((word | caseBits) ^ targets), word & highBits == 0 {
                    i += 8
                } else {
                    break
                }
            }
        }
        while i < count, !stop.matches(bytes[i]) { i += 1 }
        return i
    }

    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 {
        0x0101_0101_0101_0101 &* UInt64(byte)
    }

    /// True when some byte of `word` is zero.
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- repeated(0x01)) & ~word & repeated(0x80) != 0
    }
}
