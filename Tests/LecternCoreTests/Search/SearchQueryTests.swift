import Testing
@testable import LecternCore

@Suite struct SearchQueryTests {
    @Test func emptyOrBlankQueriesAreNil() {
        #expect(SearchQuery("") == nil)
        #expect(SearchQuery("   ") == nil)
        #expect(SearchQuery("\n\t\u{A0}") == nil)
    }

    @Test func textIsTrimmedAndSingleSpaced() {
        #expect(SearchQuery("  hello \n\t world  ")?.text == "hello world")
    }

    @Test func textIsNFC() {
        let query = SearchQuery("cafe\u{301}")
        #expect(query?.text.unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0xE9])
    }

    @Test(arguments: [
        ("hello", false), ("Hello", true), ("HTTP", true), ("été", false), ("Été", true),
        ("привет", false), ("Привет", true), ("σοφία", false), ("Σοφία", true), ("漢字", false), ("42 ß", false),
    ])
    func smartCase(query: String, caseSensitive: Bool) {
        #expect(SearchQuery(query)?.isCaseSensitive == caseSensitive)
    }

    @Test func equalWhenTheTidiedTextIsEqual() {
        #expect(SearchQuery("a  b") == SearchQuery(" a b"))
        #expect(SearchQuery("a b") != SearchQuery("A b"))
    }
}
