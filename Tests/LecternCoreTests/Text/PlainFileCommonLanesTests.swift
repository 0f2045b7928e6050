import LecternTestSupport
import Testing
@testable import LecternCore

/// The lanes judge the common scalars inside each lane on its mask (`PlainFile.endOfCommonText`):
/// over text dense with them, cut anywhere by the lanes' edges, and with one other byte or
/// scalar put anywhere, they must judge a file as the scalar by scalar check does.
@Suite struct PlainFileCommonLanesTests {
    static let common: [[UInt8]] = ["é", "’", "“", "–", "…", "\u{A0}", "©", "ʼ", "Ë", "ǅ", "ʰ", "«"].map { Array($0.utf8) }
    static let ascii: [[UInt8]] = ["a", "the ", "memory ", "\n", "x"].map { Array($0.utf8) }
    /// Bytes a plain file may hold that the lanes leave to the scalar check, and bytes it may not.
    static let others: [[UInt8]] = [
        [0x09], [0x0D, 0x0A], [0x0D], [0x00], [0x1B], [0x7F], [0x80], [0xC2, 0x85], [0xC2, 0x41], [0xC3],
        [0xE2, 0x80], [0xE2, 0x80, 0x41], [0xE2, 0x80, 0xA8], [0xE2, 0x81, 0x9F], [0xE2, 0x80, 0xC3], [0xFF],
        [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x91, 0x8D], [0xCC, 0x81], Array("漢".utf8), Array("€".utf8),
    ]

    @Test func agreeWithTheScalarCheck() {
        var plain = 0
        let seeds = PropertySeeds.range(default: 20_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            var bytes: [UInt8] = []
            let size = random.next(upTo: 120)
            while bytes.count < size {
                bytes += random.next(upTo: 3) == 0 ? Self.common[random.next(upTo: Self.common.count)]
                    : Self.ascii[random.next(upTo: Self.ascii.count)]
            }
            // One other piece (or none) anywhere, even inside a common scalar.
            if random.next(upTo: 4) > 0 {
                let place = random.next(upTo: bytes.count + 1)
                bytes.insert(contentsOf: Self.others[random.next(upTo: Self.others.count)], at: place)
            }
            // The text may start anywhere: at a lane's every offset.
            let start = random.next(upTo: min(bytes.count, 17) + 1)
            let byLanes = bytes[start...].withUnsafeBufferPointer { PlainFile.isPlain($0) }
            let byScalars = bytes[start...].withUnsafeBufferPointer { PlainFile.isPlain($0, byLanes: false) }
            #expect(byLanes == byScalars, "seed \(seed): \(Array(bytes[start...]))")
            if byScalars { plain += 1 }
        }
        #expect(plain * 4 > seeds.count)
    }

    /// Where the lanes stop is exactly the first byte the scalar check does not pass as plain
    /// ASCII text or a common scalar.
    @Test func stopAtTheFirstOtherScalar() {
        for seed in PropertySeeds.range(default: 5_000) {
            var random = SeededRandom(seed: seed)
            var bytes: [UInt8] = []
            for _ in 0..<random.next(upTo: 40) {
                bytes += random.next(upTo: 3) == 0 ? Self.common[random.next(upTo: Self.common.count)]
                    : Self.ascii[random.next(upTo: Self.ascii.count)]
            }
            let place = bytes.count
            bytes += Self.others[random.next(upTo: Self.others.count)] + Array(repeating: 0x61, count: random.next(upTo: 20))
            let stop = bytes.withUnsafeBufferPointer { PlainFile.endOfCommonText($0, from: 0) }
            // Before the other piece, or in the last bytes that make no lane.
            #expect(stop == place || (stop < place && stop + 16 > bytes.count), "seed \(seed): \(bytes) stopped at \(stop)")
        }
    }
}
