import LecternTestSupport
import Testing
@testable import LecternCore

/// A number typed before a key, as in less and vi: so many lines, pages or matches, or the
/// page (`g`, `G`) or percent (`%`, `p`) it names.
@Suite struct CountPrefixTests {
    /// A reader on a long article, searched for "needle" (in paragraphs 1, 10 and 20).
    static func reader() -> ReaderHarness {
        var text = SampleArticles.article(title: "Haystack", paragraphs: 30) + "\n"
        for paragraph in [1, 10, 20] {
            text = text.replacingFirst("Paragraph \(paragraph) ", with: "Paragraph \(paragraph) needle ")
        }
        let reader = ReaderHarness([("h", text)])
        reader.open("h")
        return reader
    }

    /// The text rows, which show where the reader is.
    static func body(_ reader: ReaderHarness) -> [String] { Array(reader.lines.dropFirst().dropLast()) }

    @Test func aCountRepeatsLinesAndPages() {
        let counted = Self.reader()
        let pressed = Self.reader()
        counted.type("5j")
        for _ in 0..<5 { pressed.press(.character("j")) }
        #expect(Self.body(counted) == Self.body(pressed))
        #expect(Self.body(counted) != Self.body(Self.reader()))
        counted.type("3 ")
        for _ in 0..<3 { pressed.press(.character(" ")) }
        #expect(Self.body(counted) == Self.body(pressed))
        counted.type("2k")
        pressed.press(.character("k"), .character("k"))
        #expect(Self.body(counted) == Self.body(pressed))
    }

    @Test func gAndGGoToThePageTheCountNames() {
        let reader = Self.reader()
        reader.type("3G")
        #expect(reader.statusLine.contains("page 3/"))
        reader.type("2g")
        #expect(reader.statusLine.contains("page 2/"))
        reader.type("999G")
        let last = reader.statusLine
        reader.press(.character("G"))
        #expect(reader.statusLine == last)
        reader.type("0g")
        #expect(reader.statusLine.contains("page 1/"))
    }

    @Test func percentGoesThatFarThrough() {
        let reader = Self.reader()
        reader.type("50%")
        // The page on screen holds the line halfway through.
        let view = reader.state.view!
        let halfway = view.layout.lines.count / 2
        #expect(view.top <= halfway && halfway < view.visibleEnd, "\(view.top) \(halfway) \(view.visibleEnd)")
        #expect(view.top > 0)
        reader.type("p")
        #expect(reader.statusLine.contains("page 1/"))
        reader.type("100p")
        #expect(reader.state.view!.isOnLastPage)
    }

    @Test func theCountShowsWhileTypedAndEscTakesItBack() {
        let reader = Self.reader()
        let start = Self.body(reader)
        reader.type("12")
        #expect(reader.statusLine.contains("Count: 12"))
        reader.press(.escape)
        #expect(!reader.statusLine.contains("Count"))
        reader.press(.character("j"))
        let oneDown = Self.reader()
        oneDown.press(.character("j"))
        #expect(Self.body(reader) == Self.body(oneDown))
        #expect(Self.body(reader) != start)
    }

    @Test func aCountStepsThatManyMatches() {
        let reader = Self.reader()
        reader.press(.character("/"))
        reader.type("needle")
        reader.press(.enter)
        #expect(reader.statusLine.contains("match 1/3"))
        reader.type("2n")
        #expect(reader.statusLine.contains("match 3/3"))
        reader.type("2n")
        #expect(reader.statusLine.contains("continuing from the top"))
        #expect(reader.statusLine.contains("match 2/3") || !reader.statusLine.contains("match"))
        reader.press(.character("k"))
        #expect(reader.statusLine.contains("match 2/3"))
    }
}
