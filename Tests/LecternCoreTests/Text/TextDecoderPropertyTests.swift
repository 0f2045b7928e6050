import LecternTestSupport
import Testing
@testable import LecternCore


/// Bytes that exercise the sanitizer more often than uniform noise would.
private let interestingBytes: [UInt8] = [0x1B, 0x5B, 0x5D, 0x50, 0x5C, 0x07, 0x0D, 0x0A, 0x09, 0x00, 0x9B, 0x9C,
                                         0xC2, 0xE2, 0x80, 0xAE, 0xEF, 0xBB, 0xBF, 0xF0, 0x9F, 0x31, 0x3B, 0x6D]

/// Scalars that matter to the sanitizer, for inputs that stay valid UTF-8.
private let interestingScalars: [UInt32] = [0x1B, 0x5B, 0x5D, 0x5C, 0x07, 0x0D, 0x0A, 0x09, 0x00, 0x7F, 0x85, 0x9B,
                                            0x9C, 0x9D, 0x202E, 0x2067, 0x2028, 0xFEFF, 0xFFFE, 0x378, 0x200D, 0x31, 0x6D]

/// Random bytes (almost never valid UTF-8) or random scalars encoded as UTF-8, half each.
private func randomBytes(_ generator: inout SeededRandom) -> [UInt8] {
    let count = Int.random(in: 0...200, using: &generator)
    if Bool.random(using: &generator) {
        return (0..<count).map { _ in
            Bool.random(using: &generator)
                ? interestingBytes.randomElement(using: &generator)!
                : UInt8.random(in: 0...255, using: &generator)
        }
    }
    var text = String.UnicodeScalarView()
    for _ in 0..<count {
        let value = Bool.random(using: &generator)
            ? interestingScalars.randomElement(using: &generator)!
            : UInt32.random(in: 0...0x10FFFF, using: &generator)
        text.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return Array(String(text).utf8)
}

@Suite struct TextDecoderPropertyTests {
    @Test func outputNeverHoldsControls() {
        for seed in UInt64(1)...3000 {
            var generator = SeededRandom(seed: seed)
            let bytes = randomBytes(&generator)
            let decoded = bytes.withUnsafeBytes { TextDecoder.decode($0) }
            let bad = decoded.text.unicodeScalars.first { scalar in
                let value = scalar.value
                return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                    || !(value == 0x0A || DisplayWidth.isPrintable(scalar))
            }
            #expect(bad == nil, "seed \(seed): U+\(String(bad?.value ?? 0, radix: 16)) in output")
            // Sanitized text is left alone by a second pass (but for a BOM it now starts with).
            if !decoded.text.hasPrefix("\u{FEFF}") {
                let again = Array(decoded.text.utf8).withUnsafeBytes { TextDecoder.decode($0) }
                #expect(again.text == decoded.text, "seed \(seed)")
                #expect(again.removedControls == 0, "seed \(seed)")
            }
        }
    }

    /// The text is made from the sanitizer's bytes without validating them: they must be
    /// well-formed UTF-8 whatever came in (cut sequences, surrogates, Windows-1252).
    @Test func outputIsAlwaysWellFormedUTF8() {
        for seed in UInt64(20_001)...23_000 {
            var generator = SeededRandom(seed: seed)
            let bytes = randomBytes(&generator)
            let decoded = bytes.withUnsafeBytes { TextDecoder.decode($0) }
            #expect(String(validating: Array(decoded.text.utf8), as: UTF8.self) != nil, "seed \(seed)")
            #expect(decoded.text.unicodeScalars.count == String(decoding: Array(decoded.text.utf8), as: UTF8.self).unicodeScalars.count)
        }
    }

    @Test func lettersAndDigitsAreNeverLostOutsideEscapeSequences() {
        for seed in UInt64(10_001)...13_000 {
            var generator = SeededRandom(seed: seed)
            // Without the bytes that introduce sequences (ESC, and the last byte of the
            // 8-bit CSI, DCS, SOS, OSC, PM and APC), no payload can be taken away.
            let introducers: Set<UInt8> = [0x1B, 0x9B, 0x90, 0x98, 0x9D, 0x9E, 0x9F]
            let bytes = randomBytes(&generator).filter { !introducers.contains($0) }
            let decoded = bytes.withUnsafeBytes { TextDecoder.decode($0) }
            let isAlphanumeric = { (byte: UInt8) in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            }
            #expect(Array(decoded.text.utf8).filter(isAlphanumeric) == bytes.filter(isAlphanumeric), "seed \(seed)")
        }
    }
}
