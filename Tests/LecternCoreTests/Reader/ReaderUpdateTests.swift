import LecternTestSupport
import Testing
@testable import LecternCore

/// The reader around its screens: what `update` returns for the runtime, and where keys go.
@Suite struct ReaderUpdateTests {
    @Test func ctrlLAsksForAFullRepaintOnEveryScreen() {
        let reader = ReaderHarness(SampleArticles.chain)
        var state = reader.state
        #expect(state.update(.key(.control("l"))) == [.repaintAll])
        reader.open("a1")
        for keys: [Key] in [[], [.character("t")], [.character("?")]] {
            var state = reader.state
            for key in keys { _ = state.update(.key(key)) }
            #expect(state.update(.key(.control("l"))) == [.repaintAll], "after \(keys)")
        }
    }

    @Test func enterInTheListAsksForALoad() {
        var state = ReaderHarness(SampleArticles.chain).state
        _ = state.update(.key(.down))
        #expect(state.update(.key(.enter)) == [.load(LoadRequest(id: "a2"))])
    }

    @Test func linksAndHistoryAskForLoadsAndRememberThePlace() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        var state = reader.state
        _ = state.update(.key(.pageDown))
        let view = try #require(state.view)
        let position = view.position
        var remembered = ReadingMemory()
        remembered.record("a1", at: RememberedPlace(position, in: view.document), percent: view.percent, reachedEnd: false,
                          time: ReaderHarness.now)
        #expect(state.update(.key(.character("]"))) == [.saveMemory(remembered), .load(LoadRequest(id: "a2"))])
        #expect(state.history.current == Visit(id: "a1", position: position))
        #expect(state.update(.key(.backspace)) == [], "the first visit has nothing before it")
        #expect(state.notice == Notice("No earlier article"))
    }

    @Test func searchReportsReachTheListUnderAnArticle() throws {
        let reader = ReaderHarness(SampleArticles.chain, work: HeldWork())
        reader.press(.character("s"))
        reader.type("word")
        reader.press(.enter)
        reader.open("a2")
        var state = reader.state
        let effects = state.update(.librarySearchProgress(.init(serial: 1, found: [.init(entry: 0, count: 3)], searched: 3,
                                                               total: 3, isFinished: true)))
        #expect(effects == [])
        #expect(state.libraryScreen.list.visible == [0])
        #expect(state.notice == Notice("1 article contains “word”"))
        #expect(state.view?.article.id == "a2", "the article stays on screen")
    }

    @Test func qLeavesTheArticleAndRemembersWhereItWas() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        reader.press(.pageDown)
        let position = try #require(reader.state.view?.position)
        reader.press(.character("q"))
        #expect(reader.shown == .library)
        #expect(reader.state.history.current == Visit(id: "a1", position: position))
    }
}
