import LecternTestSupport
import Testing
@testable import LecternCore

/// `ma` marks the place read and `'a` goes back to it, in this article or another; `''` goes
/// back to before the last jump, as in less.
@Suite struct MarksTests {
    private func reader() -> ReaderHarness {
        let reader = ReaderHarness(SampleArticles.chain, rows: 10)
        reader.open("a1")
        return reader
    }

    private func top(_ reader: ReaderHarness) -> Int { reader.state.view?.top ?? -1 }
    /// Marks and jumps keep places in the text (as the history does): a blank line at the top
    /// comes back as the text after it.
    private func place(_ reader: ReaderHarness) -> TextPosition? { reader.state.view?.position }

    @Test func aMarkBringsBackThePlaceItMarked() {
        let reader = reader()
        reader.press(.character("d"), .character("d"))
        let marked = top(reader)
        #expect(marked > 0)
        reader.press(.character("m"))
        #expect(reader.statusLine.contains("Mark: type a letter"))
        reader.press(.character("a"))
        #expect(reader.statusLine.contains("Marked a"))
        reader.press(.character("G"))
        #expect(top(reader) > marked)
        reader.press(.character("'"), .character("a"))
        #expect(top(reader) == marked)
        #expect(reader.statusLine.contains("Alpha"))
    }

    @Test func quoteQuoteGoesBackBeforeTheLastJumpAndTwiceReturns() {
        let reader = reader()
        reader.press(.character("j"), .character("j"))
        let before = place(reader)
        reader.press(.character("G"))
        let end = place(reader)
        #expect(top(reader) > 2)
        reader.press(.character("'"), .character("'"))
        #expect(place(reader) == before)
        reader.press(.character("'"), .character("'"))
        #expect(place(reader) == end)
        // Paging is no jump: `''` still goes to where the last jump was made from.
        reader.press(.character("b"))
        reader.press(.character("'"), .character("'"))
        #expect(place(reader) == before)
    }

    @Test func quoteQuoteBeforeAnyJumpSaysSo() {
        let reader = reader()
        reader.press(.character("'"), .character("'"))
        #expect(reader.statusLine.contains("No jump to go back from"))
        #expect(top(reader) == 0)
    }

    @Test func aMarkInAnotherArticleOpensItThereAndBackReturns() {
        let reader = reader()
        reader.press(.character("d"))
        let marked = top(reader)
        reader.press(.character("m"), .character("Z"))
        reader.press(.character("G"), .character("]"))
        #expect(reader.state.view?.article.id == "a2")
        reader.press(.character("'"), .character("Z"))
        #expect(reader.state.view?.article.id == "a1")
        #expect(top(reader) == marked)
        // A visit of its own: back goes to the article the mark was followed from.
        reader.press(.character("h"))
        #expect(reader.state.view?.article.id == "a2")
    }

    @Test func onlyLettersNameMarksAndEscTakesTheCommandBack() {
        let reader = reader()
        reader.press(.character("m"), .character("1"))
        #expect(reader.statusLine.contains("A mark is a letter"))
        reader.press(.character("'"), .character("q"))
        #expect(reader.statusLine.contains("No mark q"))
        #expect(reader.shown == .article, "the q named a mark: it did not close the article")
        reader.press(.character("m"), .escape)
        #expect(reader.statusLine.contains("Alpha"))
        reader.press(.character("j"))
        #expect(top(reader) == 1, "after Esc, keys are commands again")
    }
}
