import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// A terminal that plays a script and records what the runtime asks of it.
final class ScriptedTerminal: Terminal {
    enum Step {
        case read(TerminalRead)
        /// Reads `.idle` (after the wait asked for) until the condition holds.
        case idleUntil(() -> Bool)
    }

    var size = TerminalSize(columns: 80, rows: 24)
    private var script: [Step]
    private(set) var frames: [Screen] = []
    private(set) var repaints = 0
    private(set) var waits: [Int] = []

    init(_ script: [Step]) { self.script = script }

    static func keys(_ keys: Key...) -> [Step] { keys.map { .read(.event(.key($0))) } }

    func nextEvent(waitingAtMost milliseconds: Int) -> TerminalRead {
        waits.append(milliseconds)
        while let step = script.first {
            switch step {
            case .read(let read):
                script.removeFirst()
                return read
            case .idleUntil(let condition):
                // Bounded, so that a broken runtime fails the test instead of hanging it.
                if condition() || waits.count > 100_000 {
                    script.removeFirst()
                    continue
                }
                Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
                return .idle
            }
        }
        return .closed
    }

    func draw(_ screen: Screen) { frames.append(screen) }
    func repaintAll() { repaints += 1 }

    /// The files `edit` was asked to open; `editing` stands for the editor (it may change the file).
    private(set) var edited: [String] = []
    var editing: (String) -> String? = { _ in nil }
    func edit(_ path: String) -> String? {
        edited.append(path)
        return editing(path)
    }
}

@Suite struct RuntimeLoopTests {
    @Test func ctrlLRepaintsEveryCellThroughAnEffect() {
        let runtime = ReaderHarness(SampleArticles.chain).runtime
        let terminal = ScriptedTerminal(ScriptedTerminal.keys(.control("l"), .character("Q")))
        runtime.run(on: terminal)
        #expect(terminal.repaints == 1)
        #expect(terminal.frames.count == 2, "the first frame, then the one after ^L; none after quitting")
        #expect(!runtime.state.isRunning)
    }

    @Test func theLoopEndsWhenInputEnds() {
        let runtime = ReaderHarness(SampleArticles.chain).runtime
        let terminal = ScriptedTerminal([.read(.idle), .read(.idle)])
        runtime.run(on: terminal)
        #expect(runtime.state.isRunning, "stopped by the end of input, not by a quit")
        #expect(terminal.waits == [ReaderRuntime.idleWait, ReaderRuntime.idleWait, ReaderRuntime.idleWait],
                "nothing running: long waits")
    }

    @Test func vLendsTheTerminalToTheEditorAndShowsTheArticleAgainWhereItWas() {
        let reader = ReaderHarness(SampleArticles.chain, rows: 10)
        reader.open("a1")
        reader.press(.character("d"))
        let place = reader.state.view?.position
        let terminal = ScriptedTerminal(ScriptedTerminal.keys(.character("v"), .character("Q")))
        reader.runtime.run(on: terminal)
        #expect(terminal.edited == ["a1.txt"])
        #expect(terminal.repaints == 1, "the editor's output is painted over")
        #expect(reader.state.view?.article.id == "a1")
        #expect(reader.state.view?.position == place)
        var history = reader.state.history
        #expect(history.back() == nil, "no visit of its own: nothing to go back to")
    }

    @Test func vInTheListEditsTheChosenArticle() {
        let reader = ReaderHarness(SampleArticles.chain)
        let terminal = ScriptedTerminal(ScriptedTerminal.keys(.character("j"), .character("v")))
        reader.runtime.run(on: terminal)
        #expect(terminal.edited == ["a2.txt"])
        #expect(reader.shown == .library)
    }

    @Test func anEditorThatCannotRunSaysSo() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        let terminal = ScriptedTerminal(ScriptedTerminal.keys(.character("v")))
        terminal.editing = { _ in "Cannot run the editor “nano”: set VISUAL or EDITOR" }
        reader.runtime.run(on: terminal)
        #expect(reader.statusLine.contains("Cannot run the editor “nano”"))
        #expect(reader.state.view?.article.id == "a1")
    }

    @Test func textFromStandardInputHasNoFileToEdit() throws {
        let piped = try PipedArticle(Array("Piped\n\nSome text.\n".utf8))
        let state = ReaderState(library: piped.library, size: TerminalSize(columns: 80, rows: 24))
        let runtime = piped.runtime(state: state, work: InlineWork())
        runtime.open(id: piped.article.id)
        let terminal = ScriptedTerminal(ScriptedTerminal.keys(.character("v")))
        runtime.run(on: terminal)
        #expect(terminal.edited.isEmpty)
        #expect(runtime.state.notice?.text == "Text from standard input has no file to edit")
    }

    /// On a real thread: results arrive while the loop reads with short waits, and are drawn.
    @Test func backgroundResultsAreTakenInBetweenReads() {
        let runtime = ReaderHarness(SampleArticles.chain, work: ThreadWork()).runtime
        let terminal = ScriptedTerminal(ScriptedTerminal.keys(.character("s"), .character("w"), .character("o"),
                                                              .character("r"), .character("d"), .enter)
            + [.idleUntil { runtime.state.libraryScreen.search?.phase == .finished }]
            + ScriptedTerminal.keys(.enter)
            + [.idleUntil { runtime.state.view != nil }]
            + ScriptedTerminal.keys(.character("Q")))
        runtime.run(on: terminal)
        #expect(runtime.state.libraryScreen.list.visible == [0, 1, 2])
        #expect(runtime.state.view?.article.id == "a1")
        #expect(runtime.state.view?.currentMatch == 0, "the article opened with the search's matches")
        #expect(!runtime.isBusy)
        #expect(terminal.waits.contains(ReaderRuntime.busyWait), "short waits while the work ran")
        #expect(terminal.frames.contains { $0.textLines.last?.contains("3 articles contain “word”") == true })
    }
}
