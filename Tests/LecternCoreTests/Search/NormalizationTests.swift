import LecternTestSupport
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

    /// The fast path also passes typographic punctuation (U+2010–U+205E): each is stable under
    /// NFC and composes with nothing before or after it.
    @Test func typographicPunctuationNeedsNoNormalization() {
        let punctuation = (0x2010...0x205E).map { Unicode.Scalar($0)! }
        let neighbours = (0x20..<0x300).compactMap(Unicode.Scalar.init) + punctuation
        for mark in punctuation {
            #expect(mark.properties.canonicalCombiningClass == .notReordered)
            for other in neighbours {
                for pair in [String(mark) + String(other), String(other) + String(mark)] {
                    var span = pair.utf8Span
                    let isNFC = span.checkForNFC(quickCheck: false)
                    #expect(isNFC, "U+\(String(mark.value, radix: 16)) next to \(other)")
                }
            }
        }
        #expect(Normalization.isTriviallyNFC("it’s “quoted” – and — more…"))
        #expect(!Normalization.isTriviallyNFC("\u{2000}"))  // a singleton: NFC makes it U+2002
        #expect(Normalization.isTriviallyNFC("東京, 👍🏽 and 🎉\u{FE0F} 👩\u{200D}💻"))
        #expect(Normalization.isTriviallyNFC("気持ち、회복 ✨"))
        #expect(!Normalization.isTriviallyNFC("か\u{3099}"))  // the voicing mark composes with kana
        #expect(!Normalization.isTriviallyNFC("東\u{302A}"))  // a tone mark has a combining class
        #expect(!Normalization.isTriviallyNFC("\u{1100}\u{1161}"))  // jamo compose into syllables
        #expect(!Normalization.isTriviallyNFC("\u{AC00}\u{11A8}"))
    }

    /// The fast path also passes the zero-width joiner, symbols and dingbats, kana, CJK unified
    /// ideographs, Hangul syllables, variation selectors and emoji: each is stable under NFC, has combining class 0, and composes with
    /// none of the scalars the fast path passes.
    @Test func ideographsAndEmojiNeedNoNormalization() {
        let kana = Array(0x3000...0x30FF).filter { !(0x302A...0x302F).contains($0) && !(0x3099...0x309C).contains($0) }
        let added = [0x200D] + Array(0x2600...0x27BF) + kana + Array(stride(from: 0x4E00, through: 0x9FFF, by: 5))
            + [0x9FFF] + Array(stride(from: 0xAC00, through: 0xD7A3, by: 7)) + [0xAC01, 0xD7A3]
            + Array(0xFE00...0xFE0F) + Array(0x1F300...0x1FAFF)
        let scalars = added.compactMap(Unicode.Scalar.init)
        let neighbours = (Array(0x20..<0x300) + Array(0x2010...0x205E)
                          + [0x2728, 0x304B, 0x304C, 0x30AB, 0x4E00, 0x6771, 0x9FFF, 0xAC00, 0xD68C, 0xFE0F, 0x1F44D, 0x1F3FD])
            .compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
            #expect(Normalization.isTriviallyNFC(String(scalar)))
            for other in neighbours {
                for pair in [String(scalar) + String(other), String(other) + String(scalar)] {
                    var span = pair.utf8Span
                    let isNFC = span.checkForNFC(quickCheck: false)
                    #expect(isNFC, "U+\(String(scalar.value, radix: 16)) next to \(other)")
                }
            }
        }
    }

    /// Foundation's NFC is the reference, applied after its NFD: on Linux it leaves a Hangul
    /// LV syllable followed by a T jamo uncomposed when given them directly.
    func reference(_ text: String) -> [UInt8] {
        Array(text.decomposedStringWithCanonicalMapping.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Foundation takes tens of seconds on this; the standard library's normaliser is linear
    /// (a regression would show as a slow run: speed is not asserted in tests).
    @Test func normalisesMegabytesOfDecomposedText() {
        let text = String(repeating: "cafe\u{301} ", count: 300_000)
        let composed = Normalization.nfc(text)
        #expect(composed.utf8.count == 1_800_000)
        #expect(composed.hasPrefix("café café"))
    }

    @Test func composesAHangulSyllableWithAFinalJamo() {
        #expect(Normalization.nfc("\u{AC00}\u{11A8}").unicodeScalars.map(\.value) == [0xAC01])
    }

    /// Every scalar alone, then random mixes of starters, combining marks in and out of
    /// canonical order, Hangul jamo and singletons.
    @Test func agreesWithFoundationOnEveryScalar() {
        for value in UInt32(0x300)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            #expect(Array(Normalization.nfc(text).utf8) == reference(text))
        }
    }

    @Test func agreesWithFoundationOnRandomSequences() {
        var random = SeededRandom(seed: 99)
        let pieces: [Unicode.Scalar] = ["a", "e", "A", "o", "\u{301}", "\u{300}", "\u{323}", "\u{308}", "\u{327}", "\u{31B}",
                                        "\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{212B}", "\u{2126}", "\u{3099}",
                                        "\u{304B}", "\u{0B47}", "\u{0B3E}", "é", "ö", " ", "漢", "\u{1E9B}", "\u{FB2C}"]
        for _ in 0..<2000 {
            let text = String(String.UnicodeScalarView((0..<random.next(upTo: 12)).map { _ in pieces[random.next(upTo: pieces.count)] }))
            #expect(Array(Normalization.nfc(text).utf8) == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func agreesWithFoundationOnMixedText() {
        let samples = ["A\u{30A}ngstr\u{F6}m", "\u{1E9B}\u{323}", "\u{3D2}\u{301}", "ﬁ ２ ㌀", "e\u{327}\u{301}", "한국어"]
        for sample in samples {
            #expect(Array(Normalization.nfc(sample).utf8) == reference(sample))
        }
    }
}
