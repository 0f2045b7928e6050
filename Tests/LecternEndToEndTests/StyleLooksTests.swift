import Testing
@testable import lectern

/// The current match must stand out from the other matches, with colour and without.
@Suite struct StyleLooksTests {
    @Test(arguments: [true, false])
    func theCurrentMatchLooksDifferentFromTheOthers(useColor: Bool) {
        let looks = StyleLooks(useColor: useColor)
        let match = looks[.match], current = looks[.currentMatch]
        #expect(match.attributes != current.attributes || match.colorPair != current.colorPair)
        if useColor {
            let pairs = ColorPair.allCases
            let matchColors = pairs.first { $0.rawValue == match.colorPair }?.colors
            let currentColors = pairs.first { $0.rawValue == current.colorPair }?.colors
            #expect(matchColors != nil && currentColors != nil, "both are coloured")
            #expect(matchColors?.background != currentColors?.background, "the current match has its own background")
        }
    }
}
