import Foundation
import LecternCore

/// With the big article open at 80x24, one key's update plus drawing the screen model takes
/// under a millisecond: a page turn (space) and a step to the next match (n); a resize lays
/// the whole article out again in under 50 ms.
enum PageTurnBenchmark {
    static let steps = 1000

    static func run(folder: String, into table: inout ResultTable) {
        guard let library = try? Library.open(folder: folder), let entry = library.entries.first else {
            fail("cannot open \(folder)")
        }
        let runtime = ReaderRuntime(state: ReaderState(library: library, size: TerminalSize(columns: 80, rows: 24)))
        runtime.open(id: entry.id)
        // A long article opens from its start; its whole layout follows from the background.
        waitForWholeLayout(runtime)
        guard let view = runtime.state.view else { fail("the big article did not open") }
        // Never run into the end, where a turn does nothing.
        let turns = min(steps, view.pages.count - 1)

        let turn = timeSteps(turns, runtime, key: .character(" "), before: { runtime.send(.key(.character("g"))) })
        guard runtime.state.view?.page == turns else { fail("\(turns) page turns did not reach page \(turns)") }
        add(turn, label: "Page turn (space + render)", into: &table)

        var search: [Double] = []
        for _ in 0...Timing.runs {
            search.append(Timing.seconds { find(ArticleWriter.plantedWord, runtime) })
        }
        guard let results = runtime.state.view?.search, results.count > 0 else { fail("article search found nothing") }
        table.add(ResultRow(name: "Search the open article (/ word Enter + render)",
                            ours: search.dropFirst().sorted()[Timing.runs / 2]))
        let next = timeSteps(steps, runtime, key: .character("n"), before: { find(ArticleWriter.plantedWord, runtime) })
        guard runtime.state.view?.currentMatch != nil else { fail("n selected no match") }
        add(next, label: "Next match (n + render), \(results.count) matches", into: &table)

        var resizes: [Double] = []
        for run in 0...(2 * Timing.runs) {
            // 60 columns against 80: the text column (at most 76) changes width, so all of it is laid out again.
            let size = run % 2 == 0 ? TerminalSize(columns: 60, rows: 30) : TerminalSize(columns: 80, rows: 24)
            resizes.append(Timing.seconds {
                runtime.send(.resize(size))
                keep(runtime.state.render().rows.count)
            })
        }
        table.add(ResultRow(name: "Resize relayout (80x24 <-> 60x30 + render)",
                            ours: median(Array(resizes.dropFirst())), target: .under(0.050)))
        // The page total follows from the whole layout, in the background.
        var wholes: [Double] = []
        for run in 0...(2 * Timing.runs) {
            let size = run % 2 == 0 ? TerminalSize(columns: 60, rows: 30) : TerminalSize(columns: 80, rows: 24)
            wholes.append(Timing.seconds {
                runtime.send(.resize(size))
                waitForWholeLayout(runtime)
            })
        }
        table.add(ResultRow(name: "  resize to the page total back (background whole layout)",
                            ours: median(Array(wholes.dropFirst()))))
    }

    private static func waitForWholeLayout(_ runtime: ReaderRuntime) {
        while runtime.state.view?.isComplete == false || runtime.isBusy {
            usleep(500)
            runtime.takeInbox()
        }
    }

    private static func find(_ word: String, _ runtime: ReaderRuntime) {
        runtime.send(.key(.character("g")))
        runtime.send(.key(.character("/")))
        for character in word { runtime.send(.key(.character(character))) }
        runtime.send(.key(.enter))
        keep(runtime.state.render().rows.count)
    }

    /// Each run (a warm-up, then `Timing.runs`) starts with `before` and times `count` presses of
    /// `key`, each followed by a render. Returns the mean of every run and every single time.
    private static func timeSteps(_ count: Int, _ runtime: ReaderRuntime, key: Key,
                                  before: () -> Void) -> (means: [Double], all: [Double], count: Int) {
        var means: [Double] = []
        var all: [Double] = []
        for run in 0...Timing.runs {
            before()
            var times: [Double] = []
            for _ in 0..<count {
                times.append(Timing.seconds {
                    runtime.send(.key(key))
                    keep(runtime.state.render().rows.count)
                })
            }
            guard run > 0 else { continue }  // the warm-up
            means.append(times.reduce(0, +) / Double(count))
            all += times
        }
        return (means, all, count)
    }

    private static func add(_ result: (means: [Double], all: [Double], count: Int), label: String,
                            into table: inout ResultTable) {
        let sorted = result.all.sorted()
        table.add(ResultRow(name: "\(label): mean of \(result.count)", ours: result.means.sorted()[Timing.runs / 2],
                            target: .under(0.001)))
        table.add(ResultRow(name: "  99th percentile", ours: sorted[sorted.count * 99 / 100]))
        table.add(ResultRow(name: "  worst of \(sorted.count)", ours: sorted[sorted.count - 1]))
    }
}
