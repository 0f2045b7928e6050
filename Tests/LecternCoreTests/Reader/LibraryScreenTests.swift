import LecternTestSupport
import Testing
@testable import LecternCore

/// The list as a component: keys and search reports in, exact effects and state out.
@Suite struct LibraryScreenTests {
    static let library = Library(folder: "test", entries: ["Alpha", "Beta", "Gamma", "Delta"].enumerated().map {
        LibraryEntry(id: "a\($0.offset + 1)", title: $0.element, path: "a\($0.offset + 1).txt")
    })

    func searching(_ text: String) throws -> (LibraryScreen, [ScreenEffect]) {
        var screen = LibraryScreen(library: Self.library, height: 10)
        #expect(screen.handle(.character("s")) == [])
        #expect(screen.typing == .search(Prompt()))
        for character in text { #expect(screen.handle(.character(character)) == []) }
        let effects = screen.handle(.enter)
        return (screen, effects)
    }

    @Test func sQueryAndEnterAskForASearch() throws {
        let (screen, effects) = try searching("heron")
        let query = try #require(SearchQuery("heron"))
        #expect(effects == [.run(.searchLibrary(LibrarySearchRequest(serial: 1, query: query)))])
        #expect(screen.typing == nil)
        #expect(screen.search == .init(request: .init(serial: 1, query: query), searched: 0, total: 4, phase: .running))
        #expect(screen.list.visible.isEmpty, "nothing found yet")
    }

    @Test func anEmptyQueryAsksForNothing() throws {
        let (screen, effects) = try searching("  ")
        #expect(effects == [])
        #expect(screen.search == nil)
    }

    @Test func reportsFillTheListAsTheyCome() throws {
        var (screen, _) = try searching("heron")
        let first = LibrarySearchProgress(serial: 1, found: [.init(entry: 1, count: 2)], searched: 2, total: 4, isFinished: false)
        #expect(screen.receive(first) == [])
        #expect(screen.list.visible == [1])
        #expect(screen.list.textSearch?.counts == [1: 2])
        #expect(screen.search?.searched == 2)
        #expect(screen.search?.phase == .running)
        let last = LibrarySearchProgress(serial: 1, found: [.init(entry: 3, count: 1)], searched: 4, total: 4, isFinished: true)
        #expect(screen.receive(last) == [.notify(Notice("2 articles contain “heron”"))])
        #expect(screen.list.visible == [1, 3])
        #expect(screen.search?.phase == .finished)
    }

    @Test func theListMovesWhileTheSearchRuns() throws {
        var (screen, _) = try searching("heron")
        _ = screen.receive(LibrarySearchProgress(serial: 1, found: [.init(entry: 0, count: 1), .init(entry: 2, count: 1)],
                                                 searched: 3, total: 4, isFinished: false))
        #expect(screen.handle(.character("j")) == [])
        #expect(screen.list.selectedEntry == 2)
        // A later report keeps the chosen article chosen.
        _ = screen.receive(LibrarySearchProgress(serial: 1, found: [.init(entry: 1, count: 5)], searched: 4, total: 4, isFinished: false))
        #expect(screen.list.selectedEntry == 2)
        #expect(screen.list.visible == [0, 1, 2])
    }

    @Test func escapeStopsTheSearchAndKeepsWhatWasFound() throws {
        var (screen, _) = try searching("heron")
        _ = screen.receive(LibrarySearchProgress(serial: 1, found: [.init(entry: 1, count: 2)], searched: 2, total: 4, isFinished: false))
        #expect(screen.handle(.escape) == [.run(.cancelLibrarySearch), .notify(Notice("Search stopped after 2 of 4 articles"))])
        #expect(screen.search?.phase == .stopped)
        #expect(screen.list.visible == [1])
        // A report already on its way is dropped.
        let late = LibrarySearchProgress(serial: 1, found: [.init(entry: 3, count: 1)], searched: 4, total: 4, isFinished: true)
        #expect(screen.receive(late) == [])
        #expect(screen.list.visible == [1])
        // A second Esc clears the results.
        #expect(screen.handle(.escape) == [])
        #expect(screen.search == nil)
        #expect(screen.list.visible == [0, 1, 2, 3])
    }

    @Test func aNewSearchReplacesARunningOne() throws {
        var (screen, _) = try searching("heron")
        _ = screen.handle(.character("s"))
        for character in "owl" { _ = screen.handle(.character(character)) }
        let owl = try #require(SearchQuery("owl"))
        #expect(screen.handle(.enter) == [.run(.cancelLibrarySearch), .run(.searchLibrary(.init(serial: 2, query: owl)))])
        let stale = LibrarySearchProgress(serial: 1, found: [.init(entry: 0, count: 1)], searched: 1, total: 4, isFinished: false)
        #expect(screen.receive(stale) == [])
        #expect(screen.list.visible.isEmpty)
    }

    @Test func openingAFoundArticleCarriesTheQuery() throws {
        var (screen, _) = try searching("heron")
        _ = screen.receive(LibrarySearchProgress(serial: 1, found: [.init(entry: 2, count: 1)], searched: 4, total: 4, isFinished: true))
        let query = try #require(SearchQuery("heron"))
        #expect(screen.handle(.enter) == [.run(.load(LoadRequest(id: "a3", query: query)))])
    }

    @Test func theRestOfTheKeys() {
        var screen = LibraryScreen(library: Self.library, height: 10)
        #expect(screen.handle(.control("l")) == [.run(.repaintAll)])
        #expect(screen.handle(.character("?")) == [.openHelp])
        #expect(screen.handle(.character("q")) == [.quit])
        #expect(screen.handle(.character("t")) == [], "no outline in the list")
        #expect(screen.handle(.character("G")) == [])
        #expect(screen.list.selected == 3)
    }

    @Test func theStatusLineShowsTheProgress() throws {
        let reader = ReaderHarness(SampleArticles.chain, work: HeldWork())
        reader.press(.character("s"))
        reader.type("word")
        reader.press(.enter)
        #expect(reader.statusLine.contains("text “word” · searching… 0 of 3"))
        #expect(Count.grouped(10_000) == "10,000")
        #expect(Count.grouped(4_200) == "4,200")
        #expect(Count.grouped(999) == "999")
        #expect(Count.grouped(1_234_567) == "1,234,567")
    }
}
