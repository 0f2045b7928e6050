import Foundation
import LecternTestSupport
import Testing

/// The tmux driver itself, with plain shell commands.
@Suite struct TmuxHarnessTests {
    @Test func showsNonASCIITextAndTakesLiteralTyping() throws {
        let session = try TmuxSession(command: ["sh", "-c", #"printf 'héllo 漢字\n'; read x; echo "got:$x""#])
        try session.waitFor("héllo 漢字")
        try session.type("é漢 -x")
        try session.sendKeys("Enter")
        let screen = try session.waitFor("[exit 0]")
        #expect(screen.contains("got:é漢 -x"))
    }

    @Test func showsTheExitStatus() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo done; exit 3"])
        let screen = try session.waitFor("[exit 3]")
        #expect(screen.contains("done"))
    }

    // async: Swift Testing runs async tests on threads that block most signals; the panes
    // must not inherit that mask, or they would miss SIGWINCH and Ctrl-C.
    @Test func paneStartsWithTheRequestedSizeAndFollowsResizes() async throws {
        let session = try TmuxSession(
            command: ["sh", "-c", #"stty size; read x; stty size; read y"#], columns: 70, rows: 20)
        try session.waitFor("20 70")
        try session.resize(columns: 50, rows: 12)
        try session.sendKeys("Enter")
        let screen = try session.waitFor("12 50")
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count >= 12)
    }

    @Test func captureWithEscapesShowsAttributes() throws {
        let session = try TmuxSession(command: ["sh", "-c", #"printf 'plain \033[7mrev\033[0m\n'"#])
        try session.waitFor("[exit 0]")
        let styled = try session.capture(escapes: true)
        #expect(styled.contains("\u{1B}[7mrev"))
        let plain = try session.capture()
        #expect(plain.contains("plain rev"))
        #expect(!plain.contains("\u{1B}"))
    }

    @Test func paneHasAUTF8LocaleAndTheGivenEnvironment() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", #"echo "lang=$LANG term=$TERM extra=$EXTRA nocolor=${NO_COLOR-unset}""#],
            environment: ["EXTRA": "yes"])
        let screen = try session.waitFor("[exit 0]")
        #expect(screen.contains("lang=C.UTF-8 term=tmux-256color extra=yes nocolor=unset"))
    }

    @Test func controlCReachesTheCommandButNotTheWrapper() async throws {
        let session = try TmuxSession(command: ["sleep", "30"])
        try session.waitUntil { _ in (try? session.commandProcessID()) != nil }
        try session.sendKeys("C-c")
        try session.waitFor("[exit 130]")
    }

    @Test func signalsReachTheCommand() throws {
        let session = try TmuxSession(command: ["sleep", "30"])
        try session.waitUntil { _ in (try? session.commandProcessID()) != nil }
        try session.signalCommand(SIGTERM)
        try session.waitFor("[exit 143]")
    }

    @Test func waitingTimesOutWithTheLastScreen() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo visible"])
        try session.waitFor("visible")
        do {
            try session.waitFor("never shown", timeout: 0.2)
            Issue.record("waitFor should have timed out")
        } catch let error as TmuxError {
            #expect(error.description.contains("never shown"))
            #expect(error.description.contains("visible"))
        }
    }

    @Test func closeRemovesTheServerAndItsSocket() throws {
        let session = try TmuxSession(command: ["sleep", "30"])
        let socket = try Spawn.run(
            ["tmux", "-L", session.socketName, "display-message", "-p", "#{socket_path}"],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(FileManager.default.fileExists(atPath: socket))
        session.close()
        #expect(!FileManager.default.fileExists(atPath: socket))
        #expect(throws: TmuxError.self) { try session.capture() }
    }

    @Test func lecternBinaryIsBesideTheTestBundle() {
        #expect(FileManager.default.isExecutableFile(atPath: TestBinaries.lectern))
    }
}
