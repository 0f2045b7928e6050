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

    /// Up to four bytes that begin every match, each compared after OR-ing in its case bit (0x20
    /// for a letter in either case): sixteen candidate places are tested at once.
    struct Literal: Sendable {
        static let longest = 4
        let length: Int
        /// Unused places have target and case bit 0xFF, which every byte matches.
        private let targets: UInt32
        private let caseBits: UInt32
        /// The first, second and last bytes in every lane, made once: `next` tests them.
        fileprivate let first: Lanes, second: Lanes, last: Lanes

        /// One byte of the literal, to be compared with sixteen bytes of text.
        fileprivate struct Lanes: Sendable {
            let target: SIMD16<UInt8>
            let caseBit: SIMD16<UInt8>

            init(_ byte: (target: UInt8, caseBit: UInt8)) {
                target = SIMD16(repeating: byte.target)
                caseBit = SIMD16(repeating: byte.caseBit)
            }

            @inline(__always)
            func matches(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
                (bytes | caseBit) .== target
            }
        }

        /// Nil unless `bytes` has 2 to `longest` elements: one byte is for `Stop`.
        init?(_ bytes: [(target: UInt8, caseBit: UInt8)]) {
            guard bytes.count >= 2, bytes.count <= Self.longest else { return nil }
            length = bytes.count
            var targets: UInt32 = 0xFFFF_FFFF
            var caseBits: UInt32 = 0xFFFF_FFFF
            for (place, byte) in bytes.enumerated() {
                let shift = UInt32(place * 8)
                targets = targets & ~(0xFF << shift) | UInt32(byte.target) << shift
                caseBits = caseBits & ~(0xFF << shift) | UInt32(byte.caseBit) << shift
            }
            self.targets = targets
            self.caseBits = caseBits
            (first, second, last) = (Lanes(bytes[0]), Lanes(bytes[1]), Lanes(bytes[bytes.count - 1]))
        }

        /// `candidates` tests the first, second and last bytes: every byte of a literal of three or fewer.
        var candidatesAreMatches: Bool { length <= 3 }

        @inline(__always)
        func target(_ place: Int) -> UInt8 { UInt8(truncatingIfNeeded: targets >> UInt32(place * 8)) }

        @inline(__always)
        func caseBit(_ place: Int) -> UInt8 { UInt8(truncatingIfNeeded: caseBits >> UInt32(place * 8)) }

        @inline(__always)
        func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
            guard start + length <= bytes.count else { return false }
            for place in 0..<length where bytes[start + place] | caseBit(place) != target(place) { return false }
            return true
        }
    }

    /// The first index at or after `start` where `literal` is; `bytes.count` when it is nowhere.
    /// Sixteen candidate places are tested at once for the literal's first, second and last
    /// bytes, and a place that has them for the rest: a word in every article ("the") leaves this
    /// loop once per match, and rarely anywhere else.
    @inline(__always)
    static func next(_ literal: Literal, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let last = literal.length - 1
            while i &+ 16 &+ last <= count {
                guard let lane = ByteLanes.first(candidates(literal, raw, at: i)) else {
                    i &+= 16
                    continue
                }
                if literal.matches(bytes, at: i &+ lane) { return i &+ lane }
                i &+= lane &+ 1
            }
        }
        while i < count, !literal.matches(bytes, at: i) { i += 1 }
        return i
    }

    /// The places among the sixteen at `offset` that have the literal's first, second and last
    /// bytes (lane k: the bytes at offset + k, + k + 1 and + k + length - 1): the literal may be
    /// there. The bytes must reach `offset` + 16 + length - 1.
    @inline(__always)
    static func candidates(_ literal: Literal, _ raw: UnsafeRawPointer, at offset: Int) -> SIMDMask<SIMD16<Int8>> {
        literal.first.matches(ByteLanes.load(raw, at: offset)) .& literal.second.matches(ByteLanes.load(raw, at: offset &+ 1))
            .& literal.last.matches(ByteLanes.load(raw, at: offset &+ literal.length &- 1))
    }

    /// The high bit of each byte of `word` that is zero, and nothing else (no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = repeated(0x7F)
        return ~(((word & low7) &+ low7) | word | low7)
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
