import Testing
@testable import LecternCore

@Suite struct ThemeLooksTests {
    @Test(arguments: Theme.allCases)
    func theCurrentMatchNeverLooksLikeTheOtherMatches(theme: Theme) {
        let match = theme.look(for: .match), current = theme.look(for: .currentMatch)
        #expect(match != current)
        #expect(match.attributes != current.attributes, "told apart without colour too")
        #expect(match != theme.look(for: .body) && current != theme.look(for: .body))
    }

    @Test func monoHasNoColourAndTheOthersDo() {
        #expect(Style.allCases.allSatisfy { !Theme.mono.look(for: $0).hasColor })
        for theme in [Theme.dark, .light] {
            #expect(theme.look(for: .match).hasColor && theme.look(for: .heading).hasColor)
        }
    }

    @Test func lightTextColoursStayReadableOnWhite() {
        let faint: Set<TerminalColor> = [.yellow, .cyan, .white]
        for style in Style.allCases {
            let look = Theme.light.look(for: style)
            if look.background == nil, let foreground = look.foreground { #expect(!faint.contains(foreground), "\(style)") }
        }
    }

    @Test func choicesReadAsASentence() {
        #expect(Theme.choices == "dark, light or mono")
    }
}
