import CNcursesw
import Glibc
import Testing
@testable import lectern

/// The ncurses shell's own logic: key codes to keys, and text cut to the columns left.
@Suite struct TerminalShellTests {
    @Test func translation() {
        #expect(translateInput(status: OK, value: 0xE9) == .key(.character("é")))
        #expect(translateInput(status: OK, value: 0x6F22) == .key(.character("漢")))
        #expect(translateInput(status: OK, value: 21) == .key(.control("u")))
        #expect(translateInput(status: OK, value: 1) == .key(.control("a")))
        #expect(translateInput(status: OK, value: 26) == .key(.control("z")))
        #expect(translateInput(status: OK, value: 9) == .key(.tab))
        #expect(translateInput(status: OK, value: 13) == .key(.enter))
        #expect(translateInput(status: OK, value: 10) == .key(.enter))
        #expect(translateInput(status: OK, value: 8) == .key(.backspace))
        #expect(translateInput(status: OK, value: 127) == .key(.backspace))
        #expect(translateInput(status: OK, value: 27) == .key(.escape))
        #expect(translateInput(status: OK, value: 0) == .ignored)
        #expect(translateInput(status: OK, value: 0x85) == .ignored)
        #expect(translateInput(status: KEY_CODE_YES, value: UInt32(KEY_RESIZE)) == .resize)
        #expect(translateInput(status: KEY_CODE_YES, value: UInt32(KEY_NPAGE)) == .key(.pageDown))
        #expect(translateInput(status: KEY_CODE_YES, value: UInt32(KEY_BACKSPACE)) == .key(.backspace))
        #expect(translateInput(status: KEY_CODE_YES, value: UInt32(KEY_F0 + 1)) == .ignored)
    }

    @Test func fitting() {
        setlocale(LC_CTYPE, "C.UTF-8")
        let f = FittedText("ab漢c", startingAt: 0, columnLimit: 3)
        #expect(f.characters == [0x61, 0x62])
        #expect(f.endColumn == 2)
        let g = FittedText("e\u{301}\tx🙂", startingAt: 5, columnLimit: 10)
        #expect(g.characters == [0x65, 0x301, 0x20, 0x78, 0x1F642])
        #expect(g.endColumn == 10)
        let h = FittedText("a\u{7}b", startingAt: 0, columnLimit: 10)
        #expect(h.characters == [0x61, 0x3F, 0x62])
    }
}
