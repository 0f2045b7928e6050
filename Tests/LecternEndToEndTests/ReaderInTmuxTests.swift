import Foundation
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The real `lectern` in a detached tmux pane at 80x24, driven with keys, read from the screen.
@Suite struct ReaderInTmuxTests {
    static let wait = 10.0
    let library = Fixtures.bundledLibrary.path

    func reader(_ arguments: [String] = [], library: String? = nil, columns: Int = 80, rows: Int = 24,
                environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(command: [TestBinaries.lectern, "--library", library ?? self.library] + arguments,
                        columns: columns, rows: rows, environment: environment)
    }

    /// The status line (the last line of the screen).
    func status(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.last.map(String.init) ?? ""
    }

    @Test func opensAnArticleFromTheListTurnsPagesAndQuits() throws {
        let session = try reader()
        try session.waitFor("3 articles", timeout: Self.wait)
        try session.sendKeys("j", "Enter")
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.waitFor("Trauma can be one of life's most profound teachers.", timeout: Self.wait)
        try session.sendKeys("Space")
        let second = try session.waitFor("page 2/5", timeout: Self.wait)
        #expect(!second.contains("Trauma can be one of life's most profound teachers."))
        try session.sendKeys("b")
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("▸ Breaking Free", timeout: Self.wait)
        try session.sendKeys("q")
        let end = try session.waitFor("[exit 0]", timeout: Self.wait)
        #expect(!end.contains("3 articles"), "the reader's screen must be gone after quitting")
    }

    @Test func searchHighlightsMatchesAndNStepsThroughThem() throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("/")
        try session.type("memories")
        try session.waitFor("/memories", timeout: Self.wait)
        try session.sendKeys("Enter")
        let found = try session.waitFor("match 1/", timeout: Self.wait)
        let total = try #require(status(found).split(separator: "match 1/").last?.split(separator: " ").first)
        #expect(Int(total) ?? 0 > 3)
        let styled = try session.capture(escapes: true)
        // The match is drawn with its own attributes: an SGR sequence right before the word.
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*m(\u{1B}\\[[0-9;]*m)*memories", options: .regularExpression) != nil)
        try session.sendKeys("n")
        try session.waitFor("match 2/\(total)", timeout: Self.wait)
        try session.sendKeys("N", "N")
        try session.waitFor("continuing from the end", timeout: Self.wait)
        try session.waitFor("match \(total)/\(total)", timeout: Self.wait)
    }

    @Test func aSearchWithNoMatchSaysSo() throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("/")
        try session.type("xylophone")
        try session.sendKeys("Enter")
        try session.waitFor("Pattern not found: xylophone", timeout: Self.wait)
    }

    @Test func followsNextAndPreviousBothWaysAndGoesBack() throws {
        let session = try reader()
        try session.waitFor("3 articles", timeout: Self.wait)
        try session.sendKeys("Enter")
        try session.waitFor(" New Research Reveals How Ketamine Works", timeout: Self.wait)
        try session.sendKeys("]")
        try session.waitUntil(timeout: Self.wait, description: "the seed's title bar") { $0.hasPrefix(" Breaking Free") }
        try session.sendKeys("]")
        try session.waitUntil(timeout: Self.wait, description: "the third title bar") { $0.hasPrefix(" Ketamine for PTSD") }
        try session.sendKeys("]")
        try session.waitFor("no Next link", timeout: Self.wait)
        try session.sendKeys("[")
        try session.waitUntil(timeout: Self.wait, description: "the seed again") { $0.hasPrefix(" Breaking Free") }
        try session.sendKeys("[")
        try session.waitUntil(timeout: Self.wait, description: "the first again") { $0.hasPrefix(" New Research") }
        try session.sendKeys("BSpace")
        try session.waitUntil(timeout: Self.wait, description: "back to the seed") { $0.hasPrefix(" Breaking Free") }
    }

    @Test func theEndOfAnArticleShowsItsLinks() throws {
        let session = try reader(["02-breaking-free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("G")
        let end = try session.waitFor("page 5/5", timeout: Self.wait)
        #expect(end.contains("Previous: New Research Reveals How Ketamine Works in the Brain"))
        #expect(end.contains("Next:     Ketamine for PTSD: A New Hope for Healing?"))
    }

    @Test func aLinkToAnArticleNotInTheLibrarySaysSo() throws {
        let folder = try TemporaryFolder(files: [
            "only.txt": "The Only Article\n\nSome text here.\n\nNext\nNext\n\nAn Article That Was Never Exported",
        ])
        defer { folder.remove() }
        let session = try reader(["only"], library: folder.path)
        try session.waitFor("Some text here.", timeout: Self.wait)
        try session.sendKeys("]")
        try session.waitFor("“An Article That Was Never Exported” is not in the library", timeout: Self.wait)
    }

    @Test func anArticleOpenedByPathIsShownFirstAndItsLinksFollowedOnceTheFolderIsRead() throws {
        // `]` at once: it waits, if need be, for the rest of the folder, then goes on.
        let session = try reader([library + "/01-how-ketamine-works.txt"])
        try session.waitFor("Ketamine has a long history in medicine", timeout: Self.wait)
        try session.sendKeys("]")
        try session.waitUntil(timeout: Self.wait, description: "the next article, 2/3 in the title bar") {
            $0.split(separator: "\n").first?.contains("Breaking Free") == true && $0.split(separator: "\n").first?.hasSuffix("2/3") == true
        }
        // Its page total may follow the title by a frame on a busy machine.
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("3 articles", timeout: Self.wait)
    }

    @Test func aFileWithoutTxtStaysOnTheListItOpensTo() throws {
        // `lectern /usr/share/common-licenses/GPL-3`, then `q`: the licence is on the list.
        let folder = try TemporaryFolder(files: ["LICENCE": "A Licence\n\nYou may read this.\n"])
        defer { folder.remove() }
        let session = try reader([folder.path + "/LICENCE"], library: folder.path)
        try session.waitFor("You may read this.", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("▸ A Licence", timeout: Self.wait)
        try session.waitFor("1 article", timeout: Self.wait)
    }

    @Test func aMarkAndQuoteQuoteComeBackAsInLess() throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("2", "Space")
        try session.waitFor("page 3/5", timeout: Self.wait)
        try session.sendKeys("m", "a")
        try session.waitFor("Marked a", timeout: Self.wait)
        try session.sendKeys("g")
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("'", "a")
        try session.waitFor("page 3/5", timeout: Self.wait)
        try session.sendKeys("'", "'")
        try session.waitFor("page 1/5", timeout: Self.wait)
    }

    @Test func vLendsTheTerminalToTheEditorThenReadsTheFileAgain() throws {
        let folder = try TemporaryFolder(files: ["note.txt": "A Note\n\nThe first words.\n"])
        defer { folder.remove() }
        // An editor that adds a paragraph and leaves, as a person would after typing it.
        let editor = try folder.write("editor.sh", "#!/bin/sh\nprintf '\\nWords the editor added.\\n' >> \"$1\"\n")
        #expect(chmod(editor, 0o755) == 0)
        let session = try reader(["note"], library: folder.path, environment: ["VISUAL": editor])
        try session.waitFor("The first words.", timeout: Self.wait)
        try session.sendKeys("v")
        let after = try session.waitFor("Words the editor added.", timeout: Self.wait)
        #expect(after.contains("changed on disk: read again"))
        #expect(after.contains("The first words."))
        try session.sendKeys("Q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func textPipedInIsReadWithKeysFromTheTerminal() throws {
        // `cat FILE | lectern -`: the text from the pipe, the keys from the terminal, as in less.
        let file = library + "/02-breaking-free.txt"
        let session = try TmuxSession(command: ["sh", "-c", "cat \"$0\" | \"$1\" -", file, TestBinaries.lectern])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("/")
        try session.type("memories")
        try session.sendKeys("Enter")
        try session.waitFor("match 1/", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("Lectern — standard input", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func resizingTo40ColumnsReflowsWithoutCuttingWords() throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("Space")
        let before = try session.waitFor("page 2/5", timeout: Self.wait)
        let firstWord = try #require(before.split(separator: "\n")[1].split(separator: " ").first)
        try session.resize(columns: 40, rows: 24)
        let after = try session.waitUntil(timeout: Self.wait, description: "a 40-column layout") { screen in
            screen.split(separator: "\n").dropFirst().dropLast().allSatisfy { $0.count <= 39 } && screen.contains("page ")
        }
        #expect(after.contains(firstWord), "the first word on screen before the resize is still on screen")
        let articleWords = Set(try Fixtures.text(of: Fixtures.seedArticle).split(whereSeparator: \.isWhitespace).map(String.init))
        let textLines = after.split(separator: "\n").dropFirst().dropLast()
        for line in textLines {
            guard let last = line.split(separator: " ").last, !last.allSatisfy({ "─═".contains($0) }) else { continue }
            #expect(articleWords.contains(String(last)) || articleWords.contains { $0.hasSuffix(last) && $0.contains("-") },
                    "“\(last)” at a line's end is not a whole word of the article")
        }
    }

    @Test func aTinyWindowShowsANoticeAndRecovers() throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.resize(columns: 15, rows: 4)
        try session.waitFor("Terminal too", timeout: Self.wait)
        try session.resize(columns: 80, rows: 24)
        try session.waitFor("page 1/5", timeout: Self.wait)
    }

    @Test func helpListsTheKeys() throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("? help", timeout: Self.wait)
        try session.sendKeys("?")
        let help = try session.waitFor("follow the Next link", timeout: Self.wait)
        #expect(help.contains("next page"))
        #expect(help.contains("search the article"))
        try session.sendKeys("Escape")
        try session.waitFor("page 1/5", timeout: Self.wait)
    }

    @Test func typingNonASCIIIntoTheSearchPrompt() throws {
        let folder = try TemporaryFolder(files: ["cafe.txt": "Un café à Tōkyō\n\nLe café est servi. 漢字も読めます。\n"])
        defer { folder.remove() }
        let session = try reader(["cafe"], library: folder.path)
        try session.waitFor("Le café est servi.", timeout: Self.wait)
        try session.sendKeys("/")
        try session.type("café")
        try session.sendKeys("Enter")
        try session.waitFor("match 1/2", timeout: Self.wait)
        try session.sendKeys("/")
        try session.type("漢字")
        try session.sendKeys("Enter")
        try session.waitFor("match 1/1", timeout: Self.wait)
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
    func signalsRestoreTheTerminal(signal: Int32, status: Int) throws {
        let session = try reader(["Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.signalCommand(signal)
        let end = try session.waitFor("[exit \(status)]", timeout: Self.wait)
        #expect(!end.contains("page 1/5"), "the alternate screen is gone")
    }

    @Test func noColorDrawsWithAttributesOnly() throws {
        let session = try reader(["Breaking Free"], environment: ["NO_COLOR": "1"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        let styled = try session.capture(escapes: true)
        #expect(styled.contains("\u{1B}[7m"))
        #expect(styled.range(of: "\u{1B}\\[(3|4)[0-7]m", options: .regularExpression) == nil, "no colour codes")
    }
}

extension ReaderInTmuxTests {
    @Test func ctrlZSuspendsToTheShellAndFgRedraws() throws {
        let session = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"], environment: ["PS1": "shell$ "])
        try session.waitFor("shell$", timeout: Self.wait)
        try session.type("'\(TestBinaries.lectern)' --library '\(library)' 'Breaking Free'")
        try session.sendKeys("Enter")
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("C-z")
        let suspended = try session.waitFor("Stopped", timeout: Self.wait)
        #expect(!suspended.contains("page 1/5"), "the shell's screen is back while suspended")
        try session.type("fg")
        try session.sendKeys("Enter")
        let resumed = try session.waitFor("page 1/5", timeout: Self.wait)
        #expect(resumed.contains("Trauma can be one of life's most profound teachers."))
        try session.sendKeys("Q")
        try session.waitUntil(timeout: Self.wait, description: "the prompt after quitting") {
            !$0.contains("page 1/5") && $0.contains("shell$")
        }
    }
}

extension ReaderInTmuxTests {
    @Test func searchingTheWholeLibraryFromTheList() throws {
        let session = try reader()
        try session.waitFor("3 articles", timeout: Self.wait)
        try session.sendKeys("s")
        try session.type("reconsolidation window")
        try session.sendKeys("Enter")
        let list = try session.waitFor("1 article contains “reconsolidation window”", timeout: Self.wait)
        #expect(list.contains("▸ Breaking Free"))
        #expect(!list.contains("Ketamine for PTSD"))
        try session.sendKeys("Enter")
        try session.waitFor("match 1/1", timeout: Self.wait)
    }
}
