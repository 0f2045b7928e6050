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
