import LecternCore
import Testing
@testable import lectern

/// The current match must stand out from the other matches, with colour and without.
@Suite struct StyleLooksTests {
    @Test(arguments: Theme.allCases, [true, false])
    func theCurrentMatchLooksDifferentFromTheOthers(theme: Theme, useColor: Bool) {
        let looks = StyleLooks(theme: theme, useColor: useColor)
        let match = looks[.match], current = looks[.currentMatch]
        #expect(match.attributes != current.attributes || match.colorPair != current.colorPair)
        if useColor, theme != .mono {
            let matchLook = theme.look(for: .match), currentLook = theme.look(for: .currentMatch)
            #expect(matchLook.background != nil && currentLook.background != nil, "both are coloured")
            #expect(matchLook.background != currentLook.background, "the current match has its own background")
            #expect(match.colorPair != current.colorPair)
        }
    }
}
