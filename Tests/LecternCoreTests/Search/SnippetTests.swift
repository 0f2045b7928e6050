import Testing
@testable import LecternCore

@Suite struct SnippetTests {
    /// The snippet for the first match of `query` in a one-passage article.
    func snippet(_ query: String, in passage: String, context: Int = 30) -> String {
        let match = SearchResults(query: SearchQuery(query)!, passages: [passage]).matches[0]
        return Snippet.make(for: match, in: [passage], context: context)
    }

    @Test func shortPassageIsWhole() {
        #expect(snippet("world", in: "Hello world, again.") == "Hello world, again.")
    }

    @Test func longPassageIsCutAtWordsOnBothSides() {
        let passage = "The study reveals that ketamine works through multiple pathways in the brain."
        #expect(snippet("ketamine", in: passage, context: 12) == "…that ketamine works…")
    }

    @Test func cutRightAtAWordBoundaryKeepsTheWholeWord() {
        // Exactly 5 characters on each side, and the character beyond each is a space.
        #expect(snippet("mid", in: "aa bbbb mid cccc dd", context: 5) == "…bbbb mid cccc…")
    }

    @Test func matchAtTheStartHasNoLeadingEllipsis() {
        #expect(snippet("the", in: "The quick brown fox jumps over the lazy dog", context: 10) == "The quick…")
    }

    @Test func textWithoutSpacesIsCutByCharacters() {
        #expect(snippet("漢字", in: "一二三四五漢字六七八九十", context: 3) == "…三四五漢字六七八…")
    }

    @Test func aLongWordIsCutInsideRatherThanDropped() {
        #expect(snippet("x", in: "Supercalifragilistic x expialidocious", context: 6) == "…istic x expia…")
    }

    @Test func countsCharactersNotBytesOrScalars() {
        let passage = "e\u{301}e\u{301}e\u{301} 👍🏽👍🏽 hit 🇫🇷🇫🇷 a\u{301}a\u{301}a\u{301}"
        #expect(snippet("hit", in: passage, context: 3) == "…👍🏽👍🏽 hit 🇫🇷🇫🇷…")
    }

    @Test func strayLineBreaksBecomeSpaces() {
        #expect(snippet("b", in: "a\n b\tc") == "a b c")
    }

    @Test func aMatchOutsideThePassagesGivesNothing() {
        #expect(Snippet.make(for: TextSpan(passage: 3, range: 0..<1), in: ["abc"]) == "")
        #expect(Snippet.make(for: TextSpan(passage: 0, range: 2..<9), in: ["abc"]) == "abc")
    }
}
