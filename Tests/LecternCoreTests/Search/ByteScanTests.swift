import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct ByteScanTests {
    func next(_ stop: ByteScan.Stop, in bytes: [UInt8], from start: Int = 0) -> Int {
        bytes.withUnsafeBufferPointer { ByteScan.next(stop, in: $0, from: start) }
    }

    @Test func findsALetterInEitherCase() {
        let text = Array("xxxxxxxxxxxxXxxxxxxxk".utf8)
        #expect(next(ByteScan.Stop(target: 0x6B, caseBit: 0x20), in: text) == 20)
        #expect(next(ByteScan.Stop(target: 0x78, caseBit: 0x20), in: text, from: 1) == 1)
        #expect(next(ByteScan.Stop(target: 0x78), in: text, from: 12) == 13)  // exact case skips "X"
    }

    @Test func stopsAtNonASCIIWhenAsked() {
        let text = Array("abcdefghijklmné".utf8)
        #expect(next(ByteScan.Stop(target: 0x7A, stopsAtNonASCII: true), in: text) == 14)
        #expect(next(ByteScan.Stop(target: 0x7A), in: text) == text.count)
    }

    @Test func agreesWithAByteByByteScan() {
        var random = SeededRandom(seed: 11)
        let alphabet: [UInt8] = [0x61, 0x41, 0x62, 0x20, 0x0A, 0x00, 0xC3, 0xA9, 0xE2, 0x80, 0x94, 0x1B]
        for _ in 0..<2000 {
            let bytes = (0..<random.next(upTo: 40)).map { _ in alphabet[random.next(upTo: alphabet.count)] }
            let stop = ByteScan.Stop(target: alphabet[random.next(upTo: alphabet.count)],
                                     caseBit: random.next(upTo: 2) == 0 ? 0x20 : 0,
                                     stopsAtNonASCII: random.next(upTo: 2) == 0)
            let start = random.next(upTo: bytes.count + 1)
            let expected = bytes[start...].firstIndex(where: stop.matches) ?? bytes.count
            #expect(next(stop, in: bytes, from: start) == expected)
        }
    }
}

@Suite struct ByteLanesTests {
    @Test func findsTheFirstTrueLane() {
        for lane in 0..<16 {
            var bytes = SIMD16<UInt8>(repeating: 0)
            bytes[lane] = 1
            if lane < 15 { bytes[15] = 1 }
            #expect(ByteLanes.first(bytes .== 1) == lane)
        }
        #expect(ByteLanes.first(SIMD16<UInt8>(repeating: 0) .== 1) == nil)
    }

    @Test func bitsAreTheLanes() {
        var random = SeededRandom(seed: 12)
        for _ in 0..<2000 {
            var bytes = SIMD16<UInt8>(repeating: 0)
            var expected: UInt32 = 0
            for lane in 0..<16 where random.next(upTo: 2) == 0 {
                bytes[lane] = 1
                expected |= 1 << UInt32(lane)
            }
            #expect(ByteLanes.bits(bytes .== 1) == expected)
        }
        #expect(ByteLanes.bits(SIMD16<UInt8>(repeating: 1) .== 1) == 0xFFFF)
    }

    @Test func allIsEveryLane() {
        #expect(ByteLanes.all(SIMD16<UInt8>(repeating: 1) .== 1))
        for lane in 0..<16 {
            var bytes = SIMD16<UInt8>(repeating: 1)
            bytes[lane] = 0
            #expect(!ByteLanes.all(bytes .== 1))
        }
    }
}
