import LecternCore
import Testing

/// Names from outside (the folder, a title taken from a file name) reach the reader's screen
/// escaped, as the command line shows them: a control in a name never acts on the terminal.
struct NameEscapingInReaderTests {
    @Test func listAndTitleBarShowControlsEscaped() {
        let entry = LibraryEntry(id: "evil", title: "Evil\u{1B}]0;pwned\u{07} title\nsplit", path: "evil.txt")
        let library = Library(folder: "lib\u{1B}[2Jrary", entries: [entry])
        let screen = ReaderState(library: library, size: TerminalSize(columns: 80, rows: 10)).render()
        let text = screen.textLines.joined(separator: "\n")
        #expect(screen.textLines[0].contains("lib\\x1b[2Jrary"))
        #expect(screen.textLines[1].contains("Evil\\x1b]0;pwned\\x07 title\\nsplit"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func emptyLibraryNamesItsFolderEscaped() {
        let library = Library(folder: "odd\tfolder", entries: [])
        let lines = ReaderState(library: library, size: TerminalSize(columns: 80, rows: 10)).render().textLines
        #expect(lines[1].contains("No .txt articles in odd\\tfolder"))
    }
}
