import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct ReaderSearchAndResizeTests {
    static let haystack = SampleArticles.article(title: "Haystack", paragraphs: 20) + "\n"
    let reader: ReaderHarness

    init() {
        var text = Self.haystack
        // Two needles, far apart: one in the first paragraph, one near the end.
        text = text.replacingFirst("Paragraph 1 ", with: "Paragraph 1 needle ")
        text = text.replacingFirst("Paragraph 19 ", with: "Paragraph 19 needle ")
        reader = ReaderHarness([("h", text)])
        reader.open("h")
    }

    @Test func searchHighlightsEveryMatchAndCountsThem() {
        reader.press(.character("/"))
        reader.type("needle")
        #expect(reader.statusLine == "/needle")
        reader.press(.enter)
        #expect(reader.statusLine.contains("match 1/2"))
        let styles = reader.screen.rows.flatMap(\.spans).filter { $0.text == "needle" }.map(\.style)
        #expect(styles == [.currentMatch])
    }

    @Test func nAndShiftNStepThroughMatchesTurningPagesAndWrapping() throws {
        reader.press(.character("/"))
        reader.type("needle")
        reader.press(.enter, .character("n"))
        #expect(reader.statusLine.contains("match 2/2"))
        let view = try #require(reader.state.view)
        #expect(view.page > 0)
        #expect(reader.screen.rows.flatMap(\.spans).contains { $0.style == .currentMatch && $0.text == "needle" })
        reader.press(.character("n"))
        #expect(reader.statusLine.contains("continuing from the top"))
        reader.press(.character("N"))
        #expect(reader.statusLine.contains("continuing from the end"))
    }

    @Test func aSearchWithNoMatchSaysSo() {
        reader.press(.character("/"))
        reader.type("zebra")
        reader.press(.enter)
        #expect(reader.statusLine.contains("Pattern not found: zebra"))
    }

    @Test func escapeCancelsThePrompt() {
        reader.press(.character("/"))
        reader.type("nee")
        reader.press(.escape)
        #expect(reader.state.prompt == nil)
        #expect(reader.state.view?.search == nil)
    }

    @Test func resizeKeepsTheFirstWordOnScreen() throws {
        reader.press(.pageDown, .pageDown, .character("j"))
        let view = try #require(reader.state.view)
        let firstLine = view.layout.lines[view.top]
        let firstWord = String(firstLine.text(in: view.document.passages).split(separator: " ").first ?? "")
        let position = view.position
        reader.resize(columns: 40, rows: 15)
        let after = try #require(reader.state.view)
        #expect(after.layout.width == 38)
        #expect(reader.lines.count == 15)
        let visible = (after.top..<min(after.layout.lines.count, after.top + after.height)).map {
            after.layout.lines[$0]
        }
        #expect(visible.contains { $0.span?.passage == position.passage && $0.span!.range.contains(position.offset) })
        #expect(reader.text.contains(firstWord))
    }

    @Test func highlightsSurviveAResize() {
        reader.press(.character("/"))
        reader.type("needle")
        reader.press(.enter)
        reader.resize(columns: 50, rows: 20)
        #expect(reader.screen.rows.flatMap(\.spans).contains { $0.style == .currentMatch && $0.text == "needle" })
    }

    @Test func tooSmallShowsANoticeAndRecovers() {
        reader.resize(columns: 10, rows: 3)
        #expect(reader.text.contains("Terminal"))
        reader.press(.character(" "))
        reader.resize(columns: 80, rows: 24)
        #expect(reader.lines[0].contains("Haystack"))
    }

    @Test func everyRowFitsAtAnySize() {
        for columns in [1, 5, 19, 20, 33, 80, 200] {
            for rows in [1, 2, 4, 5, 24] {
                reader.resize(columns: columns, rows: rows)
                let screen = reader.screen
                #expect(screen.rows.count == rows)
                for row in screen.rows {
                    #expect(DisplayWidth.of(row.spans.map(\.text).joined()) <= columns)
                }
            }
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
