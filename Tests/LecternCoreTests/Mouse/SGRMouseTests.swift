import Testing
@testable import LecternCore

/// xterm's SGR mouse reports, as tmux and most terminals send them in mode 1006.
@Suite struct SGRMouseTests {
    @Test func theWheelAndTheFirstButtonAreDecoded() {
        #expect(SGRMouse.decode("\u{1B}[<64;10;5M") == MouseEvent(.wheelUp, row: 4, column: 9))
        #expect(SGRMouse.decode("\u{1B}[<65;1;1M") == MouseEvent(.wheelDown, row: 0, column: 0))
        #expect(SGRMouse.decode("\u{1B}[<0;80;24M") == MouseEvent(.click, row: 23, column: 79))
        #expect(SGRMouse.decode(afterIntroducer: "0;300;100M") == MouseEvent(.click, row: 99, column: 299))
    }

    @Test func modifiersDoNotChangeTheAction() {
        // Shift 4, Meta 8, Ctrl 16.
        #expect(SGRMouse.decode("\u{1B}[<80;3;4M")?.action == .wheelUp)
        #expect(SGRMouse.decode("\u{1B}[<4;3;4M")?.action == .click)
    }

    @Test(arguments: [
        "\u{1B}[<0;10;5m",    // a release
        "\u{1B}[<32;10;5M",   // a drag
        "\u{1B}[<35;10;5M",   // motion with no button
        "\u{1B}[<2;10;5M",    // the right button
        "\u{1B}[<1;10;5M",    // the middle button
        "\u{1B}[<66;10;5M",   // the wheel sideways
        "\u{1B}[<128;10;5M",  // button 8
        "\u{1B}[<0;0;5M",     // column 0 does not exist
        "\u{1B}[<0;10M",      // a number missing
        "\u{1B}[<0;10;5;1M",  // one too many
        "\u{1B}[<;10;5M",
        "\u{1B}[<0;1a;5M",
        "\u{1B}[<0;10;5",     // unfinished
        "\u{1B}[<0;999999;5M",
        "\u{1B}[M`*%",        // the old X10 encoding is not this decoder's
        "",
    ])
    func anythingElseIsNil(report: String) {
        #expect(SGRMouse.decode(report) == nil)
    }

    @Test func aShellReadingByteByByteKnowsWhenToStop() {
        #expect(SGRMouse.isPrefixOfParameters("64;10;"))
        #expect(SGRMouse.isPrefixOfParameters(""))
        #expect(!SGRMouse.isPrefixOfParameters("64;x"))
        #expect(!SGRMouse.isPrefixOfParameters(Substring(String(repeating: "1", count: 21))))
    }
}
