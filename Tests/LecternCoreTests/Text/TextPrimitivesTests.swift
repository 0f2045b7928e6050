import LecternTestSupport
import Testing
@testable import LecternCore

/// The shared primitives of Text/: each checked against the standard library's own answer.
@Suite struct TextPrimitivesTests {
    @Test func utf8DecodesAndEncodesEveryScalar() {
        var output: [UInt8] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            output.removeAll(keepingCapacity: true)
            UTF8Scalar.append(value, to: &output)
            let expected = Array(String(scalar).utf8)
            guard output == expected else {
                Issue.record("U+\(String(value, radix: 16)) encodes as \(output), not \(expected)")
                return
            }
            let decoded = output.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: 0) }
            guard decoded.scalar == value, decoded.length == output.count, UTF8Scalar.leadByte(of: value) == output[0] else {
                Issue.record("U+\(String(value, radix: 16)) decodes as \(decoded)")
                return
            }
        }
    }

    @Test(arguments: [
        [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0x80], [0xE2, 0x82], [0xC3, 0x41], [0xFF],
    ] as [[UInt8]])
    func malformedUTF8IsRejectedOrReplaced(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            #expect(UTF8Scalar.validatedDecode(buffer, at: 0) == nil)
            #expect(UTF8Scalar.decode(buffer, at: 0) == (0xFFFD, 1))
        }
    }

    @Test func asciiCaseOfEveryByte() {
        for byte in UInt8.min...UInt8.max {
            let scalar = Unicode.Scalar(byte)
            let isUpper = byte < 0x80 && scalar.properties.isUppercase
            let isLower = byte < 0x80 && scalar.properties.isLowercase
            #expect(ASCII.lowercased(byte) == (isUpper ? byte + 0x20 : byte), "byte \(byte)")
            #expect(ASCII.uppercased(byte) == (isLower ? byte - 0x20 : byte), "byte \(byte)")
            #expect(ASCII.isLetter(byte) == (byte < 0x80 && scalar.properties.isAlphabetic), "byte \(byte)")
        }
    }

    /// The skip stops exactly at the first byte that is not printable ASCII when that byte is in
    /// a whole word, and never passes one.
    @Test func printableSkipStopsAtTheFirstOtherByte() {
        let samples: [UInt8] = [0x20, 0x41, 0x7E, 0x7F, 0x00, 0x0A, 0x1F, 0x80, 0xC3, 0xFF, 0x21]
        for seed in PropertySeeds.range(default: 2_000) {
            var random = SeededRandom(seed: seed)
            // Mostly printable, so that runs of whole words occur.
            let bytes = (0..<random.next(upTo: 40)).map { _ in
                random.next(upTo: 4) == 0 ? samples[random.next(upTo: samples.count)] : UInt8(0x20 + random.next(upTo: 95))
            }
            let start = random.next(upTo: 4)
            guard start <= bytes.count else { continue }
            let end = bytes.withUnsafeBufferPointer { ASCII.endOfPrintableWords($0, from: start) }
            let firstOther = bytes[start...].firstIndex { $0 < 0x20 || $0 >= 0x7F } ?? bytes.count
            let wholeWords = start + (bytes.count - start) / 8 * 8
            #expect(end == (firstOther < wholeWords ? firstOther : wholeWords), "seed \(seed)")
        }
    }

    /// The lanes of ASCII word bytes end exactly where a byte-by-byte scan does, whatever the
    /// byte after them (space, hyphen, DEL, controls, bytes above ASCII).
    @Test func wordBytesEndWhereTheByteScanDoes() {
        let samples: [UInt8] = [0x20, 0x40, 0x5B, 0x60, 0x7B, 0x2F, 0x3A, 0x80, 0xC1, 0xE1, 0xB0, 0xFF, 0x00, 0x2D, 0x2E,
                                0x21, 0x7E, 0x7F, 0x1F]
        for seed in PropertySeeds.range(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let bytes = (0..<random.next(upTo: 70)).map { _ -> UInt8 in
                switch random.next(upTo: 8) {
                case 0: samples[random.next(upTo: samples.count)]
                case 1: UInt8(random.next(upTo: 256))
                case 2: UInt8(0x30 + random.next(upTo: 10))
                default: UInt8(0x41 + random.next(upTo: 26)) | (random.next(upTo: 2) == 0 ? 0x20 : 0)
                }
            }
            let start = random.next(upTo: 4)
            guard start <= bytes.count else { continue }
            let end = bytes.withUnsafeBufferPointer { BreakClass.endOfWordASCII($0, from: start) }
            let expected = bytes[start...].firstIndex { !BreakClass.isWordASCII($0) } ?? bytes.count
            #expect(end == expected, "seed \(seed)")
        }
    }

    @Test func whiteSpaceIsUnicodes() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if WhiteSpace.contains(value) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
        #expect(WhiteSpace.collapsed("  a \n\t b\u{A0}\u{3000}c  ") == "a b c")
        #expect(WhiteSpace.collapsed(" \n ") == "")
        #expect(WhiteSpace.collapsed("e\u{301} x") == "e\u{301} x")
    }

    @Test func binarySearchFindsThePartition() {
        for seed in PropertySeeds.range(default: 200) {
            var random = SeededRandom(seed: seed)
            let values = (0..<random.next(upTo: 50)).map { _ in random.next(upTo: 20) }.sorted()
            let target = random.next(upTo: 22)
            let expected = values.firstIndex { $0 >= target } ?? values.count
            #expect(values.partitioningIndex { $0 >= target } == expected, "seed \(seed)")
            if values.count >= 3 {  // a slice keeps its parent's indices
                #expect(values[3...].partitioningIndex { $0 >= target } == max(3, expected), "seed \(seed)")
            }
        }
    }
}
