import Foundation
import Testing
@testable import LecternCore

@Suite struct NormalizationTests {
    @Test func leavesASCIIAndLatin1Untouched() {
        #expect(Normalization.nfc("plain text") == "plain text")
        #expect(Normalization.isTriviallyNFC("naïve café"))
        #expect(Normalization.nfc("naïve café").unicodeScalars.count == 10)
    }

    @Test func composesDecomposedText() {
        let composed = Normalization.nfc("cafe\u{301}")
        #expect(composed.unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0xE9])
        #expect(!Normalization.isTriviallyNFC("cafe\u{301}"))
    }

    @Test func appliesSingletonsAndHangul() {
        #expect(Normalization.nfc("\u{212A}").unicodeScalars.map(\.value) == [0x4B])  // Kelvin sign → K
        #expect(Normalization.nfc("\u{1100}\u{1161}").unicodeScalars.map(\.value) == [0xAC00])  // ᄀ + ᅡ → 가
    }

    @Test func keepsCombiningMarksWithoutAPrecomposedForm() {
        #expect(Normalization.nfc("x\u{301}").unicodeScalars.map(\.value) == [0x78, 0x301])
    }

    /// The fast path relies on every scalar below U+0300 being stable under NFC and never
    /// composing with what follows unless that is at U+0300 or above.
    @Test func scalarsBelowU0300NeedNoNormalization() {
        for value in 0..<0x300 {
            let scalar = Unicode.Scalar(value)!
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
            #expect(String(scalar).precomposedStringWithCanonicalMapping == String(scalar))
        }
    }

    @Test func agreesWithFoundationOnMixedText() {
        let samples = ["A\u{30A}ngstr\u{F6}m", "\u{1E9B}\u{323}", "\u{3D2}\u{301}", "ﬁ ２ ㌀", "e\u{327}\u{301}", "한국어"]
        for sample in samples {
            #expect(Normalization.nfc(sample).unicodeScalars.elementsEqual(sample.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }
}
