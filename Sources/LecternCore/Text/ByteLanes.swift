/// Sixteen bytes tested at once: a vector compare gives a mask, and this finds its first lane.
enum ByteLanes {
    /// The first lane of `mask` that is true, or nil when none is. (Not through `any(_:)`, which
    /// the compiler does not inline: two 64-bit halves instead.)
    @inline(__always)
    static func first(_ mask: SIMDMask<SIMD16<Int8>>) -> Int? {
        let lanes = words(mask)
        guard lanes[0] | lanes[1] != 0 else { return nil }
        return (lanes[0] != 0 ? lanes[0].trailingZeroBitCount : 64 + lanes[1].trailingZeroBitCount) / 8
    }

    /// The lanes of `mask` as two words: byte `i` of the pair (bits `8i` to `8i + 7`) all set
    /// when lane `i` is true, all clear when not. For a caller that knows some lane is true and
    /// looks at the words in turn (`PlainFile.endOfCommonText`), with no test for all first.
    @inline(__always)
    static func words(_ mask: SIMDMask<SIMD16<Int8>>) -> SIMD2<UInt64> {
        unsafeBitCast(filled(mask), to: SIMD2<UInt64>.self)
    }

    /// Whether every lane of `mask` is true.
    @inline(__always)
    static func all(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let lanes = unsafeBitCast(filled(mask), to: SIMD2<UInt64>.self)
        return lanes[0] & lanes[1] == .max
    }

    /// The lanes of `mask` as bits (lane k is bit k), so that a loop can visit each true lane
    /// in turn, clearing those it has dealt with, without comparing the lanes again.
    @inline(__always)
    static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let lanes = unsafeBitCast(filled(mask) & SIMD16(repeating: 1), to: SIMD2<UInt64>.self)
        // Byte k of a half is 0 or 1: the product has term k at bit 8k + 7(7 - k) = 49 + k, and
        // no two terms meet on a bit, so there is no carry. (SSE2's movemask, which Swift cannot name.)
        let gather: UInt64 = 0x0002_0408_1020_4081
        let low = (lanes[0] &* gather) >> 49 & 0xFF
        let high = (lanes[1] &* gather) >> 49 & 0xFF
        return UInt32(truncatingIfNeeded: low | high << 8)
    }

    /// The mask's lanes as bytes: 0xFF where true, 0 where false.
    @inline(__always)
    private static func filled(_ mask: SIMDMask<SIMD16<Int8>>) -> SIMD16<UInt8> {
        SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: mask)
    }

    @inline(__always)
    static func load(_ base: UnsafeRawPointer, at offset: Int) -> SIMD16<UInt8> {
        base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
    }
}
