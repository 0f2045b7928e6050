import LecternTestSupport
import Testing
@testable import LecternCore

/// Reading positions are places in the text; the layout maps them to lines and back.
@Suite struct LayoutPositionTests {
    @Test func positionsRoundTripThroughLines() {
        for seed in PropertySeeds.range(default: 200) {
            var random = SeededRandom(seed: seed)
            let document = LayoutPropertyTests.randomDocument(&random)
            let layout = ArticleLayout(document, width: 8 + random.next(upTo: 100))
            for (index, line) in layout.lines.enumerated() {
                guard let span = line.span else { continue }
                #expect(layout.lineIndex(containing: span.start) == index, "seed \(seed), line \(index)")
                #expect(layout.position(atLine: index) == span.start, "seed \(seed), line \(index)")
                // A position inside the line maps to the line too.
                if span.range.count > 1 {
                    let inside = TextPosition(passage: span.passage, offset: span.range.upperBound - 1)
                    #expect(layout.lineIndex(containing: inside) == index, "seed \(seed), line \(index)")
                }
            }
        }
    }

    @Test func linesWithoutTextMapToTheNextText() {
        let document = LayoutCheck.article("Title\n\nFirst.\n\n---\n\nSecond.")
        let layout = ArticleLayout(document, width: 20)
        // Title, underline, blank, First., blank, rule, blank, Second.
        #expect(layout.lines.map(\.role) == [.title, .titleRule, .blank, .body, .blank, .rule, .blank, .body])
        #expect(layout.position(atLine: 5) == TextPosition(passage: 2, offset: 0))
        #expect(layout.position(atLine: 1) == TextPosition(passage: 1, offset: 0))
        #expect(layout.position(atLine: 99) == TextPosition(passage: 2, offset: 0))
        #expect(layout.lineIndex(containing: .start) == 0)
        #expect(layout.lineIndex(containing: TextPosition(passage: 2, offset: 3)) == 7)
    }
}
