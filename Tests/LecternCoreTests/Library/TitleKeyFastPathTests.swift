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
            let fast = try #require(TitleKey.asciiKey(title))
            #expect(fast == TitleKey.unicodeKey(title), "title \(title.debugDescription)")
        }
        #expect(TitleKey.asciiKey("Café") == nil)
        #expect(TitleKey.asciiKey("Bell\u{7}") == nil, "controls are left to the general path")
        #expect(TitleKey.asciiKey("Unit\u{1F}separator") == nil)
    }
}
