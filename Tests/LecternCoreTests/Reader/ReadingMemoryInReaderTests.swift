import LecternTestSupport
import Testing
@testable import LecternCore

/// The reader and its memory: leaving an article records the place through an effect, opening
/// it again resumes there, the list shows how far each article was read.
@Suite struct ReadingMemoryInReaderTests {
    /// The memory after leaving `view` of `id`, as the reader records it.
    static func remembered(_ id: String, _ view: ArticleView, reachedEnd: Bool = false,
                           in memory: ReadingMemory = ReadingMemory()) -> ReadingMemory {
        var memory = memory
        memory.record(id, at: RememberedPlace(view.position, in: view.document), percent: view.percent,
                      reachedEnd: reachedEnd, time: ReaderHarness.now)
        return memory
    }

    /// The first article of the chain, on its second page: the state, and the view on screen.
    static func onSecondPage() throws -> (ReaderState, ArticleView) {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        reader.press(.pageDown)
        return (reader.state, try #require(reader.state.view))
    }

    @Test func quittingFromAnArticleSavesItsPlace() throws {
        var (state, view) = try Self.onSecondPage()
        #expect(state.update(.key(.character("Q"))) == [.saveMemory(Self.remembered("a1", view))])
        #expect(!state.isRunning)
        #expect(state.memory.lastArticle == "a1")
    }

    @Test func qBackToTheListSavesAndReadsTheFolderAgain() throws {
        var (state, view) = try Self.onSecondPage()
        #expect(state.update(.key(.character("q"))) == [.saveMemory(Self.remembered("a1", view)), .relistLibrary])
        #expect(state.screen.article == nil)
    }

    @Test func aSignalOrTheEndOfInputSavesThePlaceToo() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        var state = reader.state
        #expect(state.update(.ending) == [], "no article, nothing to record")
        reader.open("a2")
        state = reader.state
        let view = try #require(state.view)
        #expect(state.update(.ending) == [.saveMemory(Self.remembered("a2", view, reachedEnd: view.isOnLastPage))])
    }

    @Test func goingBackRecordsTheArticleLeft() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a2")
        reader.press(.character("]"))
        var state = reader.state
        let view = try #require(state.view)
        let before = state.memory
        let effects = state.update(.key(.backspace))
        #expect(effects.first == .saveMemory(Self.remembered("a3", view, reachedEnd: true, in: before)))
        #expect(effects.dropFirst().first.map { if case .load(let request) = $0 { request.id == "a2" } else { false } } == true)
    }

    @Test func openingAnArticleAgainResumesWithANotice() throws {
        let first = ReaderHarness(SampleArticles.chain)
        first.open("a1")
        first.press(.pageDown, .down, .down)
        let leftAt = try #require(first.state.view)
        var saved: [ReadingMemory] = []
        let reader = ReaderHarness(SampleArticles.chain, memory: Self.remembered("a1", leftAt),
                                   saveMemory: { saved.append($0); return nil })
        reader.press(.enter)
        let view = try #require(reader.state.view)
        #expect(view.position == leftAt.position)
        #expect(reader.statusLine.hasPrefix(" resumed at \(view.percent)%; g for the start"))
        reader.press(.character("g"))
        #expect(reader.state.view?.top == 0)
        reader.press(.character("q"))
        #expect(saved.last?["a1"]?.place.offset == 0, "the new place was saved")
    }

    @Test func theWordAtTheTopStaysOnScreenInANarrowerTerminal() throws {
        let wide = try ReaderHarness.bundledLibrary(columns: 80, rows: 24)
        wide.open("02-breaking-free")
        wide.press(.pageDown, .pageDown)
        let leftAt = try #require(wide.state.view)
        let anchor = RememberedPlace(leftAt.position, in: leftAt.document).anchor
        let firstWords = anchor.split(separator: " ").prefix(2).joined(separator: " ")
        let reader = try ReaderHarness.bundledLibrary(columns: 50, rows: 20, memory: Self.remembered("02-breaking-free", leftAt))
        reader.open("02-breaking-free")
        #expect(reader.lines.dropFirst().first?.contains(firstWords) == true, "\(firstWords) at the top:\n\(reader.text)")
        #expect(reader.statusLine.contains("resumed at"))
    }

    @Test func anEditedArticleResumesAtTheSameWordsOrTheSameFraction() throws {
        let text = SampleArticles.chain[0].text
        let first = ReaderHarness(SampleArticles.chain)
        first.open("a1")
        first.press(.pageDown)
        let leftAt = try #require(first.state.view)
        let topLine = try #require(first.lines.dropFirst().first)
        let memory = Self.remembered("a1", leftAt)
        // Two paragraphs inserted after the title: the passage moved, its words are still there.
        let inserted = text.replacingOccurrences(of: "Alpha\n\n", with: "Alpha\n\nA new opening.\n\nAnother one.\n\n")
        let edited = ReaderHarness([("a1", inserted)] + SampleArticles.chain.dropFirst(), memory: memory)
        edited.open("a1")
        #expect(edited.lines.dropFirst().first == topLine, "\(edited.text)")
        // Cut to two paragraphs: the words are gone; the place is the same fraction, never past the end.
        let cut = ReaderHarness([("a1", SampleArticles.article(title: "Alpha", paragraphs: 2))], memory: memory)
        cut.open("a1")
        let view = try #require(cut.state.view)
        #expect(view.top <= view.pages.lastStart)
    }

    @Test func theListShowsUnreadPercentAndFinished() throws {
        let first = ReaderHarness(SampleArticles.chain)
        first.open("a1")
        first.press(.pageDown)
        first.press(.character("q"))
        first.open("a2")
        first.press(.character("G"), .character("g"), .character("q"))
        let lines = first.lines
        let percent = try #require(first.state.memory["a1"]?.percent)
        #expect(percent > 0 && percent < 100)
        #expect(lines[1].hasPrefix("   Alpha") && lines[1].hasSuffix(" \(percent)%"), "\(lines[1])")
        #expect(lines[2].hasPrefix(" ▸ Beta") && lines[2].hasSuffix(" finished"), "read to the end once: \(lines[2])")
        #expect(lines[3].hasPrefix("   Gamma") && lines[3].hasSuffix(" unread"))
    }

    @Test func aSaveThatFailsIsANotice() {
        let reader = ReaderHarness(SampleArticles.chain, saveMemory: { _ in "reading memory not saved: cannot create /x" })
        reader.open("a1")
        reader.press(.character("q"))
        #expect(reader.statusLine.hasPrefix(" reading memory not saved: cannot create /x"))
        #expect(reader.runtime.memoryProblem == "reading memory not saved: cannot create /x")
    }
}

/// `-` and `+`: the text column between 20 columns and the terminal's width.
@Suite struct TextColumnTests {
    @Test func minusAndPlusStopAtTheirBounds() throws {
        let reader = ReaderHarness(SampleArticles.chain, columns: 80, rows: 24)
        reader.open("a1")
        #expect(reader.state.columnWidth == 76)
        reader.press(.character("-"))
        #expect(reader.state.columnWidth == 72)
        #expect(reader.statusLine.hasPrefix(" Text column: 72 columns"))
        for _ in 0..<30 { reader.press(.character("-")) }
        #expect(reader.state.columnWidth == ReaderState.narrowestColumn)
        #expect(reader.statusLine.hasPrefix(" The text column is at its narrowest (20 columns)"))
        #expect(reader.lines.dropFirst().dropLast().allSatisfy { $0.count <= 30 + 20 }, "the text is in a 20-column band")
        for _ in 0..<30 { reader.press(.character("+")) }
        #expect(reader.state.columnWidth == 78)
        #expect(reader.statusLine.hasPrefix(" The text column is as wide as the terminal (78 columns)"))
        #expect(reader.state.memory.measure == 78, "kept for the next run")
    }

    @Test func theColumnKeepsThePlace() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        reader.press(.pageDown)
        let before = try #require(reader.state.view?.position)
        reader.press(.character("-"), .character("-"))
        let view = try #require(reader.state.view)
        #expect(view.layout.lineIndex(containing: before) == view.top)
    }

    @Test func theKeptColumnIsUsedUnlessTheCommandLineSaysOtherwise() {
        #expect(MeasureChoice.standard.measure(remembered: 60) == 60)
        #expect(MeasureChoice.config(50).measure(remembered: 60) == 60)
        #expect(MeasureChoice.commandLine(40).measure(remembered: 60) == 40)
    }
}

/// The wheel and clicks, routed like keys to the screen on top.
@Suite struct MouseInReaderTests {
    @Test func theWheelScrollsTheArticle() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        var state = reader.state
        #expect(state.update(.mouse(MouseEvent(.wheelDown, row: 5, column: 10))) == [])
        #expect(state.view?.top == ArticleScreen.wheelLines)
        _ = state.update(.mouse(MouseEvent(.wheelUp, row: 5, column: 10)))
        #expect(state.view?.top == 0)
    }

    @Test func theWheelMovesThroughTheListAndAClickOpens() {
        let reader = ReaderHarness(SampleArticles.chain)
        var state = reader.state
        _ = state.update(.mouse(MouseEvent(.wheelDown, row: 3, column: 3)))
        #expect(state.libraryScreen.list.selected == 2)
        #expect(state.update(.mouse(MouseEvent(.click, row: 2, column: 5))) == [.load(LoadRequest(id: "a2"))])
        #expect(state.libraryScreen.list.selected == 1)
        #expect(state.update(.mouse(MouseEvent(.click, row: 0, column: 5))) == [], "the title bar")
        #expect(state.update(.mouse(MouseEvent(.click, row: 9, column: 5))) == [], "below the last article")
    }

    @Test func aClickOnAHeadingInTheOutlineJumpsToIt() throws {
        let reader = try ReaderHarness.bundledLibrary()
        reader.open("02-breaking-free")
        reader.press(.character("t"))
        let row = try #require(reader.lines.firstIndex { $0.contains(SampleArticles.seedHeadings[2]) })
        var state = reader.state
        #expect(state.update(.mouse(MouseEvent(.click, row: row, column: 10))) == [])
        guard case .article = state.screen else {
            Issue.record("the outline closed on the click")
            return
        }
        #expect(state.render().textLines.first?.contains(SampleArticles.seedHeadings[2]) == true, "the running head")
    }

    @Test func aClickOnTheNextTitleFollowsIt() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a2")
        let row = try #require(reader.lines.firstIndex { $0.contains("Next:") && $0.contains("Gamma") })
        let previousRow = try #require(reader.lines.firstIndex { $0.contains("Previous:") && $0.contains("Alpha") })
        var state = reader.state
        let view = try #require(state.view)
        let saved = ReadingMemoryInReaderTests.remembered("a2", view, reachedEnd: true)
        #expect(state.update(.mouse(MouseEvent(.click, row: row, column: 20))) == [.saveMemory(saved), .load(LoadRequest(id: "a3"))])
        state = reader.state
        #expect(state.update(.mouse(MouseEvent(.click, row: previousRow, column: 20))).last == .load(LoadRequest(id: "a1")))
        state = reader.state
        #expect(state.update(.mouse(MouseEvent(.click, row: 1, column: 20))) == [], "a click on the text does nothing")
    }
}

/// The list stays true to the folder.
@Suite struct RelistTests {
    @Test func theFolderReadAgainShowsNewArticlesAndKeepsTheChoice() {
        let reader = ReaderHarness(SampleArticles.chain)
        var state = reader.state
        #expect(state.update(.key(.character("R"))) == [.relistLibrary])
        _ = state.update(.key(.down))
        let entries = state.library.entries + [LibraryEntry(id: "a4", title: "Delta", path: "a4.txt")]
        #expect(state.update(.relisted(Library(folder: "test-library", entries: entries))) == [])
        #expect(state.render().textLines.contains { $0.hasPrefix("   Delta") })
        #expect(state.libraryScreen.list.selectedEntry == 1, "Beta is still chosen")
    }

    @Test func aVanishedArticleSaysSoAndTheListIsReadAgain() {
        let reader = ReaderHarness(SampleArticles.chain)
        var state = reader.state
        let effects = state.update(.loadFailed("cannot read a2.txt: No such file or directory", LoadRequest(id: "a2")))
        #expect(effects == [.relistLibrary])
        #expect(state.notice == Notice("Cannot open “Beta”: cannot read a2.txt: No such file or directory", isError: true))
    }
}
