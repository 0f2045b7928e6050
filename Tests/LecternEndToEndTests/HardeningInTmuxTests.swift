import Foundation
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 10 in a real terminal: unusable terminal types, crashes, hostile text, and files
/// that change or vanish while the reader has them open.
@Suite struct HardeningInTmuxTests {
    static let wait = 30.0  // a deadline, generous: tests run in parallel on a loaded machine

    /// A tmux format (`#{pane_title}`, `#{alternate_on}`) of the session's pane.
    static func format(_ session: TmuxSession, _ format: String) throws -> String {
        let result = try Spawn.run(["tmux", "-L", session.socketName, "-f", "/dev/null", "display-message", "-p", "-t", "lectern", format],
                                   environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Terminal types

    @Test(arguments: [
        (["env", "-u", "TERM"], "TERM is not set"),
        (["env", "TERM=dumb"], "the terminal type 'dumb' cannot show the reader"),
        (["env", "TERM=no-such-terminal"], "the terminal type 'no-such-terminal' is unknown to terminfo"),
    ])
    func anUnusableTerminalGetsOneLineAndNoScreen(prefix: [String], message: String) throws {
        let session = try TmuxSession(command: prefix + [TestBinaries.lectern, "--library", Fixtures.bundledLibrary.path],
                                      columns: 250)
        let screen = try session.waitFor("[exit 2]", timeout: Self.wait)
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "one line, then the exit status: \(lines)")
        #expect(lines.first?.hasPrefix("lectern: \(message)") == true, "\(lines)")
        #expect(lines.first?.contains("TERM=xterm-256color") == true)
        #expect(try Self.format(session, "#{alternate_on}") == "0")
    }

    @Test func aDumbTerminalWithAnArticleNamedGetsTheArticlePrinted() throws {
        let session = try TmuxSession(command: ["env", "TERM=dumb", TestBinaries.lectern, "--library",
                                                Fixtures.bundledLibrary.path, "ketamine for ptsd"], rows: 200)
        let screen = try session.waitFor("[exit 0]", timeout: Self.wait)
        #expect(screen.contains("Ketamine for PTSD: A New Hope for Healing?\n═══"))
        #expect(screen.contains("Previous:"))
    }

    // MARK: Crashes

    /// A debug build crashes on purpose with LECTERN_CRASH_FOR_TESTING=1 once its first frame
    /// is up (see CrashRestore). Swift's backtracer is turned off: on a terminal it waits for a key.
    @Test func aCrashRestoresTheTerminalAndShowsWhatHappened() throws {
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", Fixtures.bundledLibrary.path],
                                      columns: 120, rows: 40,
                                      environment: ["LECTERN_CRASH_FOR_TESTING": "1", "SWIFT_BACKTRACE": "enable=no"])
        let screen = try session.waitFor("[exit 132]", timeout: Self.wait)
        #expect(screen.contains("Fatal error: crashing on purpose (LECTERN_CRASH_FOR_TESTING=1)"))
        #expect(screen.contains("lectern: crashed; this is a bug. Please report it"))
        #expect(!screen.contains("3 articles"), "the reader's screen must be gone")
        #expect(try Self.format(session, "#{alternate_on}") == "0")
        // The shell's modes are back: what is typed is echoed.
        try session.type("echoed")
        try session.waitFor("echoed", timeout: Self.wait)
    }

    // MARK: Hostile text

    /// Title setting (OSC 0 and 2), clipboard (OSC 52), colours, clear-screen, cursor moves and
    /// C1 controls in an article: the pane's title and tmux's buffers stay as they were, and the
    /// screen, attributes included, is exactly that of the same article without them.
    @Test func hostileSequencesNeverReachTheTerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clean = "Hostile Text\n\nThe first paragraph speaks plainly.\n\nThe second one ends here.\n"
        let hostile = "Hostile \u{1B}]0;pwned-title\u{7}Text\u{1B}]2;pwned-again\u{1B}\\\n\n"
            + "The \u{1B}[31mfirst\u{1B}[0m paragraph \u{1B}]52;c;cHduZWQ=\u{7}speaks \u{1B}[2J\u{1B}[Hplainly.\n\n"
            + "The \u{9B}2Jsecond \u{9C}one \u{85}ends\u{1B}[5;5H here.\u{1B}c\u{1B}P1;2|secret\u{1B}\\\n"
        try folder.write("01-hostile.txt", hostile)
        let control = try TemporaryFolder()
        defer { control.remove() }
        try control.write("01-hostile.txt", clean)

        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path, "Hostile Text"])
        let title = try Self.format(session, "#{pane_title}")
        try session.waitFor("The second one ends here.", timeout: Self.wait)
        let expected = try TmuxSession(command: [TestBinaries.lectern, "--library", control.path, "Hostile Text"])
        try expected.waitFor("The second one ends here.", timeout: Self.wait)

        #expect(try session.capture() == expected.capture())
        #expect(try session.capture(escapes: true) == expected.capture(escapes: true))
        #expect(try Self.format(session, "#{pane_title}") == title)
        #expect(!(try Self.format(session, "#{pane_title}")).contains("pwned"))
        let buffers = try Spawn.run(["tmux", "-L", session.socketName, "-f", "/dev/null", "list-buffers"], environment: [:])
        #expect(buffers.output.isEmpty, "OSC 52 reached tmux: \(buffers.output)")
        try session.sendKeys("q", "q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
        #expect(try Self.format(session, "#{pane_title}") == title)
    }

    // MARK: Files that change under the reader

    /// The reader keeps the article it parsed (and a cache of recent ones): a change on disk
    /// does not disturb it. An article not yet read that vanishes says so when opened.
    @Test func anArticleThatChangesOrVanishesLeavesTheReaderWorking() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("01-moving.txt", SampleArticles.article(title: "Moving", paragraphs: 30))
        let other = try folder.write("02-gone.txt", "Gone\n\nSoon gone.\n")
        try folder.write("03-still.txt", "Still\n\nStill here.\n")
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path, "Moving"])
        try session.waitFor("page 1/", timeout: Self.wait)

        // Grows.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        handle.seekToEndOfFile()
        handle.write(Data("\nA paragraph added while it was open.\n".utf8))
        try handle.close()
        try session.sendKeys("G")
        try session.waitFor("Paragraph 30", timeout: Self.wait)
        // Shrinks to a few bytes, mid-article.
        truncate(file, 10)
        try session.sendKeys("g", "Space", "Space")
        try session.waitFor("page 3/", timeout: Self.wait)
        // Replaced by another file under the same name, then reopened from the list.
        let replacement = try folder.write(".replacement", "Replaced\n\nThe new text.\n")
        rename(replacement, file)
        // The list first: an Enter sent with the q could be read while the old page is still
        // on screen, and the wait below would then pass on that page.
        try session.sendKeys("q")
        try session.waitFor("Lectern — ", timeout: Self.wait)
        try session.sendKeys("Enter")
        // The cached parse (resumed where it was left) or the new text: either way, an article.
        try session.waitUntil(timeout: Self.wait, description: "an article") { $0.contains("Paragraph") || $0.contains("The new text.") }
        // Vanishes: the article that was open goes on; one not yet read says so when opened.
        unlink(file)
        unlink(other)
        try session.sendKeys("Space", "g")
        try session.waitFor("page 1/", timeout: Self.wait)
        // Back in the list: either it was listed again (the vanished entry is gone) or
        // opening the vanished entry says so.
        try session.sendKeys("q")
        let list = try session.waitFor("Still", timeout: Self.wait)
        if list.contains("Gone") {
            try session.sendKeys("g", "j", "Enter")
            // Unless the new listing lands between the keys: then j reaches Still and opens it.
            try session.waitUntil(timeout: Self.wait, description: "the vanished entry's notice, or Still") {
                $0.contains("no such file") || $0.contains("Still here.")
            }
        }
        try session.sendKeys("G", "Enter")
        try session.waitFor("Still here.", timeout: Self.wait)
        try session.sendKeys("q", "q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }

    @Test func theLibraryFolderRemovedWhileReadingGivesAMessage() throws {
        let folder = try TemporaryFolder()
        try folder.write("01-a.txt", "Alpha\n\nThe first.\n")
        try folder.write("02-b.txt", "Beta\n\nThe second.\n")
        let session = try TmuxSession(command: [TestBinaries.lectern, "--library", folder.path])
        try session.waitFor("2 articles", timeout: Self.wait)
        folder.remove()
        try session.sendKeys("Enter")
        try session.waitFor("no such file", timeout: Self.wait)
        // Searching the library finds nothing, and says so, rather than failing.
        try session.sendKeys("s")
        try session.type("first")
        try session.sendKeys("Enter")
        try session.waitUntil(timeout: Self.wait, description: "the search's answer") { $0.contains("first") && !$0.contains("/first") }
        try session.sendKeys("Escape", "q")
        try session.waitFor("[exit 0]", timeout: Self.wait)
    }
}
