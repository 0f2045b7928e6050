import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct ReaderNavigationTests {
    @Test func listShowsEveryTitleAndTheCount() {
        let reader = ReaderHarness(SampleArticles.chain)
        #expect(reader.lines[1].contains("▸ Alpha"))
        #expect(reader.lines[2].contains("Beta"))
        #expect(reader.lines[3].contains("Gamma"))
        #expect(reader.statusLine.contains("3 articles"))
        #expect(reader.statusLine.hasSuffix("1/3  ? help"))
    }

    @Test func enterOpensTheChosenArticle() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.press(.down, .enter)
        #expect(reader.shown == .article)
        #expect(reader.lines[0].contains("Beta"))
        #expect(reader.lines[1].contains("Beta"))
    }

    @Test func spaceTurnsPagesAndBGoesBack() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        #expect(reader.statusLine.contains("page 1/"))
        reader.press(.character(" "))
        #expect(reader.statusLine.contains("page 2/"))
        reader.press(.character("b"))
        #expect(reader.statusLine.contains("page 1/"))
        reader.press(.end)
        let view = try #require(reader.state.view)
        #expect(view.page == view.pages.count - 1)
        reader.press(.character(" "))
        #expect(reader.statusLine.contains("End of the article"))
    }

    @Test func turningAPageShowsTheNextLinesWithoutGapOrOverlap() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        let before = try #require(reader.state.view)
        func text(_ index: Int) -> String {
            let line = before.layout.lines[index]
            return (line.prefix + line.text(in: before.document.passages)).trimmingCharacters()
        }
        // The first page shows exactly its lines, from the top to its end.
        let end = before.visibleEnd
        let firstPage = reader.lines.dropFirst().prefix(end - before.top).map { $0.trimmingCharacters() }
        #expect(firstPage == (before.top..<end).map(text))
        reader.press(.pageDown)
        let after = try #require(reader.state.view)
        // The next page starts with the line after the last one shown, or after blank lines only.
        #expect(after.top >= end)
        #expect((end..<after.top).allSatisfy { before.layout.lines[$0].role == .blank })
        #expect(reader.lines[1].trimmingCharacters() == text(after.top))
    }

    @Test func linesScrollOneAtATime() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        let second = reader.lines[2]
        reader.press(.character("j"))
        #expect(reader.lines[1] == second)
        reader.press(.character("k"))
        #expect(reader.state.view?.top == 0)
    }

    @Test func followsNextAndPreviousLinksAndGoesBack() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        reader.press(.character("]"))
        #expect(reader.state.view?.article.id == "a2")
        reader.press(.character("]"))
        #expect(reader.state.view?.article.id == "a3")
        reader.press(.character("["))
        #expect(reader.state.view?.article.id == "a2")
        reader.press(.backspace)
        #expect(reader.state.view?.article.id == "a3")
        reader.press(.backspace, .backspace)
        #expect(reader.state.view?.article.id == "a1")
        reader.press(.character("l"))
        #expect(reader.state.view?.article.id == "a2")
    }

    @Test func backReturnsToTheReadingPosition() throws {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        reader.press(.pageDown, .pageDown)
        let position = try #require(reader.state.view?.position)
        reader.press(.character("]"), .backspace)
        #expect(reader.state.view?.article.id == "a1")
        #expect(reader.state.view?.position == position)
    }

    @Test func aLinkToAMissingArticleSaysSo() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a3")
        reader.press(.character("]"))
        #expect(reader.state.view?.article.id == "a3")
        #expect(reader.statusLine.contains("“Missing Article” is not in the library"))
    }

    @Test func noLinkSaysSo() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a1")
        reader.press(.character("["))
        #expect(reader.statusLine.contains("no Previous link"))
    }

    @Test func qReturnsToTheListAndQQuits() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.open("a2")
        reader.press(.character("q"))
        #expect(reader.shown == .library)
        #expect(reader.lines[2].contains("▸ Beta"))
        reader.press(.character("Q"))
        #expect(!reader.state.isRunning)
    }

    @Test func helpListsEveryKeyOfTheView() {
        let reader = ReaderHarness(SampleArticles.chain, rows: 40)
        reader.open("a1")
        reader.press(.character("?"))
        #expect(reader.shown == .help)
        for binding in KeyMap.article.bindings {
            #expect(reader.text.contains(binding.summary))
        }
        reader.press(.escape)
        #expect(reader.shown == .article)
    }

    @Test func filterNarrowsTheListAsYouType() {
        let reader = ReaderHarness(SampleArticles.chain)
        reader.press(.character("/"))
        reader.type("gam")
        #expect(reader.lines[1].contains("Gamma"))
        #expect(!reader.text.contains("Alpha"))
        reader.press(.enter, .enter)
        #expect(reader.state.view?.article.id == "a3")
        reader.press(.character("q"), .escape)
        #expect(reader.text.contains("Alpha"))
    }
}

extension String {
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

@Suite struct LibraryTextSearchTests {
    static let articles: [(id: String, text: String)] = [
        ("a1", "Alpha\n\nNothing to see.\n"),
        ("a2", "Beta\n\nA heron stood in the reeds. Another heron flew.\n"),
        ("a3", "Gamma\n\nOne heron only.\n"),
    ]

    @Test func listsOnlyTheArticlesThatMatchWithTheirCounts() {
        let reader = ReaderHarness(Self.articles)
        reader.press(.character("s"))
        reader.type("heron")
        #expect(reader.statusLine == "Search all articles: heron")
        reader.press(.enter)
        #expect(reader.statusLine.contains("2 articles contain “heron”"))
        #expect(reader.lines[1].hasPrefix(" ▸ Beta"))
        #expect(reader.lines[1].hasSuffix("2 matches    unread"))
        #expect(reader.lines[2].hasSuffix("1 match    unread"))
        #expect(!reader.text.contains("Alpha"))
    }

    @Test func openingAFoundArticleHighlightsTheQuery() {
        let reader = ReaderHarness(Self.articles)
        reader.press(.character("s"))
        reader.type("heron")
        reader.press(.enter, .enter)
        #expect(reader.state.view?.article.id == "a2")
        #expect(reader.statusLine.contains("match 1/2"))
        reader.press(.character("n"))
        #expect(reader.statusLine.contains("match 2/2"))
    }

    @Test func noMatchSaysSoAndEscapeShowsEveryArticleAgain() {
        let reader = ReaderHarness(Self.articles)
        reader.press(.character("s"))
        reader.type("zebra")
        reader.press(.enter)
        #expect(reader.statusLine.contains("No article contains “zebra”"))
        reader.press(.escape)
        #expect(reader.text.contains("Alpha") && reader.text.contains("Gamma"))
    }
}
