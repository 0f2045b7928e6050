import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct TitleKeyFastPathTests {
    /// The byte-wise key of ASCII titles must be the key the general path makes.
    @Test func asciiKeysAgreeWithTheGeneralPath() throws {
        var random = SeededRandom(seed: 11)
        let alphabet = Array("aZ -`'\tQx9:.?!-  ")
        for _ in 0..<2_000 {
            let title = String((0..<random.next(upTo: 24)).map { _ in alphabet[random.next(upTo: alphabet.count)] })
            let fast = try #require(TitleKey.latinKey(title))
            #expect(fast == TitleKey.unicodeKey(title), "title \(title.debugDescription)")
        }
        #expect(TitleKey.latinKey("Bell\u{7}") == nil, "controls are left to the general path")
        #expect(TitleKey.latinKey("Unit\u{1F}separator") == nil)
    }

    /// The key of Latin-1 and typographic punctuation must be the general path's too: every such
    /// scalar on its own and between others, and random titles made of them.
    @Test func latinKeysAgreeWithTheGeneralPath() {
        let scalars = (0x09...0x0D).map { $0 } + (0x20...0x7E).map { $0 } + (0xA0...0xFF).map { $0 }
            + (0x2010...0x205E).map { $0 }
        var checked = 0
        for value in scalars {
            let scalar = String(Unicode.Scalar(UInt32(value))!)
            for title in [scalar, "a" + scalar + "b", "A " + scalar + " B", scalar + " - x", "É" + scalar] {
                guard let fast = TitleKey.latinKey(title) else { continue }
                checked += 1
                #expect(fast == TitleKey.unicodeKey(title), "title \(title.debugDescription)")
                expectNFC(fast)
            }
        }
        #expect(checked > 1_300)
        var random = SeededRandom(seed: 12)
        let alphabet = Array("aZ -`'\tÉéÀßµ×ÿ\u{A0}\u{AD}’‘“”–—…\u{2028}\u{202F}\u{202A}«»´Q")
        for _ in 0..<2_000 {
            let title = String((0..<random.next(upTo: 24)).map { _ in alphabet[random.next(upTo: alphabet.count)] })
            #expect(TitleKey.latinKey(title) == TitleKey.unicodeKey(title), "title \(title.debugDescription)")
            if let fast = TitleKey.latinKey(title) { expectNFC(fast) }
        }
        #expect(TitleKey.latinKey("東京") == nil)
        #expect(TitleKey.latinKey("Ca\u{301}fe") == nil, "combining marks are left to the general path")
        #expect(TitleKey.latinKey("Bell\u{7}") == nil)
    }

    /// A Latin key is in NFC, byte for byte, so its bytes are hashed as they are
    /// (`PrehashedKey(nfc:)`), with the hash of any key equal to it.
    private func expectNFC(_ key: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Array(key._nfcCodeUnits) == Array(key.utf8), "key \(key.debugDescription)", sourceLocation: sourceLocation)
        #expect(PrehashedKey(nfc: key) == PrehashedKey(key), sourceLocation: sourceLocation)
        #expect(PrehashedKey(nfc: key).hashValue == PrehashedKey(key).hashValue, sourceLocation: sourceLocation)
    }
}
