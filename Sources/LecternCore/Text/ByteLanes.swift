/// Sixteen bytes tested at once: a vector compare gives a mask, and this finds its first lane.
enum ByteLanes {
    /// The first lane of `mask` that is true, or nil when none is. (Not through `any(_:)`, which
    /// the compiler does not inline: two 64-bit halves instead.)
    @inline(__always)
    static func first(_ mask: SIMDMask<SIMD16<Int8>>) -> Int? {
        let lanes = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: mask), to: SIMD2<UInt64>.self)
        guard lanes[0] | lanes[1] != 0 else { return nil }
        return (lanes[0] != 0 ? lanes[0].trailingZeroBitCount : 64 + lanes[1].trailingZeroBitCount) / 8
    }

    /// The lanes of `mask` as bits: byte `i` of the result (bits `8i` to `8i + 7`) all set when
    /// lane `i` is true, all clear when not.
    @inline(__always)
    static func bytes(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt128 {
        unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: mask), to: UInt128.self)
    }

    @inline(__always)
    static func load(_ base: UnsafeRawPointer, at offset: Int) -> SIMD16<UInt8> {
        base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
    }
}
