import LecternTestSupport
import Testing
@testable import LecternCore

private func decode(_ bytes: [UInt8]) -> DecodedText {
    bytes.withUnsafeBytes { TextDecoder.decode($0) }
}

/// Issue 10: a UTF-8 file with one stray byte was read whole as Windows-1252 (mojibake).
@Suite struct MixedEncodingTests {
    @Test func aStrayByteInUTF8KeepsTheAccents() {
        // A Windows-1252 apostrophe (0x92) pasted into a UTF-8 article.
        let bytes = Array("Café crème – naïve\nIt".utf8) + [0x92] + Array("s “here”.".utf8)
        let decoded = decode(bytes)
        #expect(decoded.text == "Café crème – naïve\nIt’s “here”.")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.repairedBytes == 1)
    }

    @Test func aCutSequenceIsRepairedByteByByte() {
        // "é" in UTF-8 elsewhere; E2 80 is the start of a dash cut short.
        let decoded = decode(Array("été ".utf8) + [0xE2, 0x80] + Array(" fin".utf8))
        #expect(decoded.text == "été â€ fin")
        #expect(decoded.repairedBytes == 2)
    }

    @Test func windows1252ThroughoutDecodesAsBefore() {
        // "Café Society – “naïve”" in Windows-1252: no UTF-8 sequence at all.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" Society ".utf8) + [0x96, 0x20, 0x93]
            + Array("na".utf8) + [0xEF] + Array("ve".utf8) + [0x94]
        let decoded = decode(bytes)
        #expect(decoded.text == "Café Society – “naïve”")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.repairedBytes == 0)
    }

    @Test func validUTF8NeedsNoRepair() {
        let decoded = decode(Array("Café – 日本語 👍🏽".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.repairedBytes == 0)
    }

    /// On valid UTF-8 the decoder returns the text as it is (printable scalars, LF breaks);
    /// one stray byte put in anywhere between scalars changes only that byte, to its Windows-1252 character.
    @Test func agreesWithValidUTF8AndRepairsOnlyTheStrayByte() {
        let scalars: [Unicode.Scalar] = ["a", "Z", " ", "\n", "é", "ß", "–", "“", "”", "’", "日", "😀", "\u{301}", "€", "ñ"]
        let strayBytes: [UInt8] = [0x80, 0x92, 0x93, 0x96, 0xA0, 0xC3, 0xE2, 0xE9, 0xF0, 0xFF]
        for seed in PropertySeeds.range(default: 500) {
            var random = SeededRandom(seed: seed)
            var view = String.UnicodeScalarView()
            // At least one accent, so that the text is mostly UTF-8.
            view.append("é")
            for _ in 0..<random.next(upTo: 80) { view.append(scalars[random.next(upTo: scalars.count)]) }
            let text = String(view)
            let valid = decode(Array(text.utf8))
            #expect(valid.text == text && valid.encoding == .utf8 && valid.repairedBytes == 0, "seed \(seed)")

            let cut = random.next(upTo: view.count + 1)
            let before = String(String.UnicodeScalarView(view.prefix(cut)))
            let after = String(String.UnicodeScalarView(view.dropFirst(cut)))
            let stray = strayBytes[random.next(upTo: strayBytes.count)]
            let mixed = decode(Array(before.utf8) + [stray] + Array(after.utf8))
            let expected = before + String(Unicode.Scalar(Windows1252.scalar(stray))!) + after
            #expect(mixed.text == expected, "seed \(seed): byte \(stray) at scalar \(cut) of \(text.debugDescription)")
            #expect(mixed.repairedBytes == 1 && mixed.encoding == .utf8, "seed \(seed)")
            if mixed.text != expected { break }
        }
    }
}
