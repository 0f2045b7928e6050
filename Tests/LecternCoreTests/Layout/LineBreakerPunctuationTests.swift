import Testing
@testable import LecternCore

@Suite struct LineBreakerPunctuationTests {
    func lines(_ text: String, width: Int) -> [String] {
        LineBreaker.lines(of: text, width: width).map { String(text.utf8Slice($0)) }
    }

    @Test func latinPunctuationIsNoBreakOpportunity() {
        #expect(lines("see example.com now", width: 12) == ["see", "example.com", "now"])
        #expect(lines("call f(x) here", width: 7) == ["call", "f(x)", "here"])
    }

    @Test func aTooLongAddressStartsOnItsOwnLineThenBreaksHard() {
        #expect(lines("Source: https://example.org/abcdefghij", width: 16)
                == ["Source:", "https://example.", "org/abcdefghij"])
    }

    @Test func cjkBreaksBetweenIdeographsButNotBeforeClosingPunctuation() {
        // Each ideograph is two columns: four fit in eight.
        #expect(lines("東京都の喫茶店。", width: 8) == ["東京都の", "喫茶店。"])
        #expect(lines("東京都。喫茶店", width: 6) == ["東京", "都。喫", "茶店"])
    }
}
