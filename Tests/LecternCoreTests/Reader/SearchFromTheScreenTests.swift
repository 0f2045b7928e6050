import LecternTestSupport
import Testing
@testable import LecternCore

/// `n` and `N` go on from the current match while it is on screen; after a jump away from it
/// they start from the screen, as less does.
@Suite struct SearchFromTheScreenTests {
    let reader: ReaderHarness

    init() {
        var text = SampleArticles.article(title: "Haystack", paragraphs: 20) + "\n"
        // Three needles: at the start, in the middle, and on the last page.
        for paragraph in [1, 10, 20] {
            text = text.replacingFirst("Paragraph \(paragraph) ", with: "Paragraph \(paragraph) needle ")
        }
        reader = ReaderHarness([("h", text)])
        reader.open("h")
        reader.press(.character("/"))
        reader.type("needle")
        reader.press(.enter)
    }

    @Test func nAfterAJumpToTheEndFindsTheMatchesThereNotTheOneAfterTheOldMatch() {
        #expect(reader.statusLine.contains("match 1/3"))
        reader.press(.character("G"))
        reader.press(.character("n"))
        #expect(reader.statusLine.contains("match 3/3"))
        reader.press(.character("n"))
        #expect(reader.statusLine.contains("continuing from the top"))
        #expect(reader.statusLine.contains("match 1/3"))
    }

    @Test func shiftNAfterAJumpToTheStartWrapsToTheLastMatch() {
        reader.press(.character("N"))
        #expect(reader.statusLine.contains("match 3/3"))
        reader.press(.character("g"))
        reader.press(.character("N"))
        #expect(reader.statusLine.contains("continuing from the end"))
        #expect(reader.statusLine.contains("match 3/3"))
    }

    @Test func whileTheMatchIsOnScreenNStepsFromIt() {
        reader.press(.character("n"))
        #expect(reader.statusLine.contains("match 2/3"))
        reader.press(.character("n"))
        #expect(reader.statusLine.contains("match 3/3"))
        reader.press(.character("N"))
        #expect(reader.statusLine.contains("match 2/3"))
    }

    /// At 40 columns the wrap notice and the counts do not fit together: the notice is shown
    /// whole, and the counts come back with the next key.
    @Test func onANarrowScreenTheWrapNoticeIsShownWhole() {
        reader.resize(columns: 40, rows: 15)
        reader.press(.character("N"))
        #expect(reader.statusLine.contains("Hit the top, continuing from the end"))
        #expect(!reader.statusLine.contains("…"))
        reader.press(.character("k"))
        #expect(reader.statusLine.contains("match 3/3"))
    }
}
