import CNcursesw
import LecternCore
import Testing
@testable import lectern

/// The current match must stand out from the other matches, with colour and without, in every theme.
@Suite struct StyleLooksTests {
    @Test(arguments: Theme.allCases, [true, false])
    func theCurrentMatchLooksDifferentFromTheOthers(theme: Theme, useColor: Bool) {
        // init_pair fails quietly before ncurses starts; the pairs' numbering is what is checked.
        let looks = StyleLooks(theme: theme, useColor: useColor)
        let match = looks[.match], current = looks[.currentMatch]
        #expect(match.attributes != current.attributes || match.colorPair != current.colorPair)
        if useColor, theme != .mono {
            let matchColors = theme.look(for: .match), currentColors = theme.look(for: .currentMatch)
            #expect(match.colorPair != 0 && current.colorPair != 0, "both are coloured")
            #expect(match.colorPair != current.colorPair)
            #expect(matchColors.background != currentColors.background, "the current match has its own background")
        } else {
            #expect(Style.allCases.allSatisfy { looks[$0].colorPair == 0 }, "attributes only")
            #expect(current.attributes != match.attributes)
        }
    }

    @Test func attributesAreTranslatedOneByOne() {
        #expect(StyleLooks.attributes([.bold, .underline]) == lectern_attr_bold() | lectern_attr_underline())
        #expect(StyleLooks.attributes([]) == lectern_attr_normal())
        #expect(StyleLooks(theme: .dark, useColor: true)[.body].colorPair == 0)
    }
}
