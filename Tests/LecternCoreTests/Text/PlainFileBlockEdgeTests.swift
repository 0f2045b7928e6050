import LecternTestSupport
import Testing
@testable import LecternCore

/// The lanes go thirty-two bytes at a time, then sixteen, then leave the last bytes to the
/// scalar check (`PlainFile.endOfCommonText`). Nasty bytes put where those steps meet (at the
/// ends of the lanes, in the buffer's last bytes, across the block a scalar ends in) must be
/// judged as the scalar by scalar check judges them.
@Suite struct PlainFileBlockEdgeTests {
    static let common: [[UInt8]] = ["é", "’", "“", "—", "…", "\u{A0}", "ʼ", "ǅ", "\u{2010}", "\u{2027}", "\u{2FF}"]
        .map { Array($0.utf8) }
    /// Cut and broken sequences, overlong forms, C1 controls, line and paragraph separators, the
    /// scalars just outside the common ranges, CR alone and before LF, a byte order mark inside
    /// the text, and other scalars a plain file may or may not hold.
    static let nasty: [[UInt8]] = [
        [0xC3], [0xC2], [0xCB], [0xE2], [0xE2, 0x80], [0x80], [0xBF], [0xA0], [0xC3, 0x41], [0xE2, 0x80, 0x0A],
        [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xE2, 0x80, 0xC2, 0xA0],
        [0xC2, 0x80], [0xC2, 0x85], [0xC2, 0x9F], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0x8F],
        [0xE2, 0x80, 0xAA], [0xE2, 0x81, 0x90], [0xCC, 0x80], [0xCD, 0x8F], [0xEF, 0xBB, 0xBF], [0x0D], [0x0D, 0x0A],
        [0x09], [0x00], [0x1B], [0x7F], [0x0B], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x91, 0x8D], Array("漢".utf8), Array("ﬁ".utf8), Array("e\u{301}".utf8),
    ]

    /// Mostly ASCII text with common scalars, `size` bytes or a few more.
    static func text(_ random: inout SeededRandom, size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < size {
            switch random.next(upTo: 8) {
            case 0, 1: bytes += common[random.next(upTo: common.count)]
            case 2: bytes.append(0x0A)
            default: bytes += Array("the memory ".utf8.prefix(1 + random.next(upTo: 11)))
            }
        }
        return bytes
    }

    /// Where a nasty piece goes: at or next to a lane's end (from the text's start), in the last
    /// bytes, or anywhere.
    static func place(_ random: inout SeededRandom, in count: Int) -> Int {
        let laneEnds = [15, 16, 17, 30, 31, 32, 33, 47, 48, 63, 64]
        switch random.next(upTo: 3) {
        case 0: return min(count, laneEnds[random.next(upTo: laneEnds.count)])
        case 1: return max(0, count - random.next(upTo: 3))
        default: return random.next(upTo: count + 1)
        }
    }

    @Test func agreeWithTheScalarCheck() {
        var plain = 0
        let seeds = PropertySeeds.range(default: 30_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            var bytes = Self.text(&random, size: random.next(upTo: 100))
            for _ in 0..<random.next(upTo: 3) {
                bytes.insert(contentsOf: Self.nasty[random.next(upTo: Self.nasty.count)], at: Self.place(&random, in: bytes.count))
            }
            // A common scalar cut by the buffer's end.
            if random.next(upTo: 5) == 0 {
                let scalar = Self.common[random.next(upTo: Self.common.count)]
                bytes += scalar.prefix(1 + random.next(upTo: scalar.count - 1))
            }
            let start = random.next(upTo: min(bytes.count, 33) + 1)
            let byLanes = bytes[start...].withUnsafeBufferPointer { PlainFile.isPlain($0) }
            let byScalars = bytes[start...].withUnsafeBufferPointer { PlainFile.isPlain($0, byLanes: false) }
            #expect(byLanes == byScalars, "seed \(seed): \(Array(bytes[start...]))")
            if byScalars { plain += 1 }
        }
        #expect(plain * 10 > seeds.count)
    }

    /// The lanes stop at the first byte that is neither ASCII text nor in a common scalar, as
    /// stepping scalar by scalar finds it, the last bytes too (an overlapping lane), unless the
    /// text is shorter than a lane.
    @Test func stopWhereTheScalarsStop() {
        for seed in PropertySeeds.range(default: 30_000) {
            var random = SeededRandom(seed: seed)
            var bytes = Self.text(&random, size: random.next(upTo: 100))
            if random.next(upTo: 4) > 0 {
                bytes.insert(contentsOf: Self.nasty[random.next(upTo: Self.nasty.count)], at: Self.place(&random, in: bytes.count))
            }
            bytes.withUnsafeBufferPointer { buffer in
                var index = 0
                while index < buffer.count {
                    if ASCII.isText(buffer[index]) {
                        index += 1
                    } else if let length = PlainFile.commonScalarLength(in: buffer, at: index) {
                        index += length
                    } else {
                        break
                    }
                }
                let stop = PlainFile.endOfCommonText(buffer, from: 0)
                #expect(stop == index || (buffer.count < 16 && stop == 0), "seed \(seed): \(bytes) stopped at \(stop), not \(index)")
            }
        }
    }
}
