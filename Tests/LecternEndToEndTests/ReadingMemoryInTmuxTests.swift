import Foundation
import LecternCore
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Reading memory, the text column and the mouse with the real binary. Each test has its own
/// state and config folders (XDG_STATE_HOME, XDG_CONFIG_HOME), never the user's.
@Suite struct ReadingMemoryInTmuxTests {
    static let wait = 10.0
    let library = Fixtures.bundledLibrary.path

    func reader(_ arguments: [String], home: TemporaryFolder, columns: Int = 80, rows: Int = 24) throws -> TmuxSession {
        try TmuxSession(command: [TestBinaries.lectern, "--library", library] + arguments, columns: columns, rows: rows,
                        environment: ["XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state"])
    }

    /// The state file of the bundled library in `home`.
    func stateFile(_ home: TemporaryFolder) -> String {
        ReadingMemoryStore(libraryFolder: library, stateFolder: home.path + "/state/lectern").file
    }

    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func pageThreeAt80x24IsWhereTheReaderResumesAt50x20() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let first = try reader([], home: home)
        try first.waitFor("3 articles", timeout: Self.wait)
        try first.sendKeys("j", "Enter")
        try first.waitFor("page 1/5", timeout: Self.wait)
        try first.sendKeys("Space", "Space")
        let third = try first.waitFor("page 3/5", timeout: Self.wait)
        // The first words of the top line of text, as they must be found at the other size.
        let top = try #require(Self.lines(third).dropFirst().first { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        let words = top.split(separator: " ").filter { $0 != "•" && $0 != "│" }.prefix(3).joined(separator: " ")
        #expect(words.count >= 8, "top line: \(top)")
        try first.sendKeys("q")
        let list = try first.waitFor("▸ Breaking Free", timeout: Self.wait)
        let row = try #require(Self.lines(list).first { $0.contains("Breaking Free") })
        #expect(row.range(of: " [0-9]{1,2}%$", options: .regularExpression) != nil, "the list shows the percent: \(row)")
        #expect(Self.lines(list).filter { $0.hasSuffix(" unread") }.count == 2)
        try first.sendKeys("q")
        try first.waitFor("[exit 0]", timeout: Self.wait)
        #expect(FileManager.default.fileExists(atPath: stateFile(home)))

        let second = try reader(["--resume"], home: home, columns: 50, rows: 20)
        let resumed = try second.waitFor("resumed at", timeout: Self.wait)
        let text = Self.lines(resumed)[1..<19].joined(separator: " ")
            .split(separator: " ").filter { $0 != "•" && $0 != "│" }.joined(separator: " ")
        #expect(text.contains(words), "“\(words)” is on screen at 50x20:\n\(resumed)")
        #expect(resumed.contains("g for the start"))
        try second.sendKeys("g")
        try second.waitFor("page 1/", timeout: Self.wait)
        try second.sendKeys("Q")
        try second.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func aStateFileOfGarbageIsSetAsideWithANotice() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let file = stateFile(home)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("{\"version\": 1, garbage \u{1B}[31m\n".utf8).write(to: URL(fileURLWithPath: file))
        let session = try reader([], home: home)
        let screen = try session.waitFor("reading memory was damaged", timeout: Self.wait)
        #expect(screen.contains("3 articles") || screen.contains("Breaking Free"))
        try session.sendKeys("j", "Enter")
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("Space", "Q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
        let names = try FileManager.default.contentsOfDirectory(atPath: (file as NSString).deletingLastPathComponent)
        #expect(names.contains { $0.contains(".damaged-") }, "the garbage is kept aside: \(names)")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains("\"02-breaking-free\""), "a new file was written")
    }

    @Test func minusNarrowsTheColumnAndTheNextRunKeepsIt() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let first = try reader(["Breaking Free"], home: home)
        try first.waitFor("page 1/5", timeout: Self.wait)
        try first.sendKeys("-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-")
        try first.waitFor("at its narrowest (20 columns)", timeout: Self.wait)
        try first.sendKeys("Q")
        try first.waitFor("[exit 0]", timeout: Self.wait)
        let second = try reader(["Breaking Free"], home: home)
        let screen = try second.waitFor("page 1/", timeout: Self.wait)
        let text = Self.lines(screen)[1..<23].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(text.allSatisfy { $0.count <= 30 + 20 }, "a 20-column text column, centred:\n\(screen)")
        try second.sendKeys("+")
        try second.waitFor("Text column: 24 columns", timeout: Self.wait)
        try second.sendKeys("Q")
        try second.waitFor("[exit 0]", timeout: Self.wait)
    }
}

/// What ends the reader without a key still records the place; the list follows the folder.
extension ReadingMemoryInTmuxTests {
    @Test func aSignalThatEndsTheReaderRecordsThePlace() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let session = try reader(["Breaking Free"], home: home)
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("Space")
        try session.waitFor("page 2/5", timeout: Self.wait)
        try session.signalCommand(SIGTERM)
        try session.waitFor("[exit 143]", timeout: Self.wait)
        let saved = try String(contentsOfFile: stateFile(home), encoding: .utf8)
        #expect(saved.contains("\"lastArticle\" : \"02-breaking-free\"") || saved.contains("\"lastArticle\": \"02-breaking-free\""),
                "\(saved)")
    }

    @Test func aStateFolderThatCannotBeWrittenIsANoticeNotACrash() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        // A file where the state folder should be: nothing can be created under it.
        try home.write("state", "not a folder")
        let session = try reader(["Breaking Free"], home: home)
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("reading memory not saved", timeout: Self.wait)
        try session.sendKeys("q")
        let end = try session.waitFor("[exit 0]", timeout: Self.wait)
        #expect(end.contains("lectern: reading memory not saved"), "said once more on stderr:\n\(end)")
    }

    @Test func theListIsReadAgainAndAVanishedArticleSaysSo() throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let folder = try TemporaryFolder(files: [
            "a.txt": SampleArticles.article(title: "Alpha", paragraphs: 3),
            "b.txt": SampleArticles.article(title: "Beta", paragraphs: 3),
        ])
        defer { folder.remove() }
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path],
                                      environment: ["XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state"])
        try session.waitFor("2 articles", timeout: Self.wait)
        try session.sendKeys("Enter")
        try session.waitFor("page 1/", timeout: Self.wait)
        try folder.write("c.txt", SampleArticles.article(title: "Gamma", paragraphs: 3))
        try session.sendKeys("q")
        try session.waitFor("3 articles", timeout: Self.wait)
        try session.waitFor("Gamma", timeout: Self.wait)
        try FileManager.default.removeItem(atPath: folder.path + "/b.txt")
        try session.sendKeys("j", "Enter")
        try session.waitFor("Cannot open “Beta”", timeout: Self.wait)
        try session.waitUntil(timeout: Self.wait, description: "Beta gone from the list") { screen in
            !screen.contains("   Beta") && !screen.contains("▸ Beta") && screen.contains("Gamma")
        }
        try session.sendKeys("R")
        try session.waitFor("2 articles", timeout: Self.wait)
        try session.sendKeys("q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.txt", "c.txt"],
                "nothing written into the library folder")
    }
}

/// The wheel and clicks, sent as the SGR reports a terminal writes.
@Suite struct MouseInTmuxTests {
    static let wait = 10.0
    let library = Fixtures.bundledLibrary.path

    func reader(_ arguments: [String]) throws -> TmuxSession {
        try TmuxSession(command: [TestBinaries.lectern, "--library", library] + arguments)
    }

    @Test func theWheelScrollsTheArticle() throws {
        let session = try reader(["Breaking Free"])
        let before = try session.waitFor("page 1/5", timeout: Self.wait)
        let firstRow = ReadingMemoryInTmuxTests.lines(before)[1]
        #expect(firstRow.contains("Breaking Free"))
        try session.waitUntil(timeout: Self.wait, description: "mouse reporting on") { _ in
            (try? session.paneFormat("#{mouse_any_flag}")) == "1"
        }
        try session.type("\u{1B}[<65;10;5M")
        let after = try session.waitUntil(timeout: Self.wait, description: "the text to move up three lines") { screen in
            ReadingMemoryInTmuxTests.lines(screen)[1] == ReadingMemoryInTmuxTests.lines(before)[4]
        }
        #expect(!after.contains("[exit"), "the report was not taken for keys")
        try session.type("\u{1B}[<64;10;5M")
        try session.waitUntil(timeout: Self.wait, description: "the text back at the top") { screen in
            ReadingMemoryInTmuxTests.lines(screen)[1] == firstRow
        }
        try session.sendKeys("Q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
        #expect(try session.paneFormat("#{mouse_any_flag}") == "0", "mouse reporting is off after the reader")
    }

    @Test func aClickInTheListOpensTheArticle() throws {
        let session = try reader([])
        try session.waitFor("3 articles", timeout: Self.wait)
        // Row 3 of the screen (1-based) is the second article.
        try session.type("\u{1B}[<0;12;3M")
        try session.waitFor("page 1/5", timeout: Self.wait)
        try session.sendKeys("G")
        let end = try session.waitFor("Next:", timeout: Self.wait)
        let row = try #require(ReadingMemoryInTmuxTests.lines(end).firstIndex { $0.contains("Next:") })
        try session.type("\u{1B}[<0;20;\(row + 1)M")
        try session.waitFor("3/3", timeout: Self.wait)
        try session.sendKeys("Q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let session = try reader(["--no-mouse", "Breaking Free"])
        try session.waitFor("page 1/5", timeout: Self.wait)
        #expect(try session.paneFormat("#{mouse_any_flag}") == "0")
        try session.sendKeys("Q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }
}
