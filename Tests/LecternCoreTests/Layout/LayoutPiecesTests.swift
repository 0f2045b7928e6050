import LecternTestSupport
import Testing
@testable import LecternCore

/// A document laid out in pieces (on all cores) has exactly the lines of one pass, at any width.
@Suite struct LayoutPiecesTests {
    /// A parsed random article, or a random document of every kind of element.
    static func randomDocument(_ random: inout SeededRandom) -> Document {
        guard random.next(upTo: 2) == 0 else { return LayoutPropertyTests.randomDocument(&random) }
        let source = RandomArticle.source(&random, lines: 20 + random.next(upTo: 150))
        let text = ArticleText.decode(Array(source.utf8))!.text
        return Document(ArticleParser.parse(text, id: "random", path: ""))
    }

    @Test func piecesLayOutAsOne() {
        var split = 0
        let seeds = PropertySeeds.range(default: 300)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            let document = Self.randomDocument(&random)
            let width = [8, 9, 12, 17, 18, 30, 40, 80, 123][random.next(upTo: 9)]
            let pieceBytes = 1 + random.next(upTo: 300)
            if ArticleLayout.pieces(document, pieceBytes: pieceBytes).count > 1 { split += 1 }
            let whole = ArticleLayout(document, width: width, pieceBytes: .max)
            let pieced = ArticleLayout(document, width: width, pieceBytes: pieceBytes)
            #expect(pieced.lines == whole.lines, "seed \(seed), width \(width), pieces of \(pieceBytes) bytes")
            // Pages are made from the lines: the same lines, the same pages.
            #expect(PagedText.text(pieced, document.passages, height: 7) == PagedText.text(whole, document.passages, height: 7))
        }
        // Most documents were cut into pieces (a replayed seed alone may not be).
        #expect(seeds.count < 100 || split * 3 > seeds.count * 2)
    }

    /// `show`'s output made piece by piece, without the whole layout: the bytes of the whole
    /// layout's lines, escaped.
    @Test func shownPiecesAreTheWholeLayoutsLines() {
        var split = 0
        let seeds = PropertySeeds.range(default: 200)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            var document = Self.randomDocument(&random)
            // A title from a file name may hold controls: they are escaped as `show` escapes them.
            if random.next(upTo: 4) == 0 { document.passages[0] += "\u{1B}[2J" }
            let width = [8, 9, 12, 17, 30, 80, 123][random.next(upTo: 7)]
            let pieceBytes = 1 + random.next(upTo: 300)
            if ArticleLayout.pieces(document, pieceBytes: pieceBytes).count > ArticleLayout.shownPiecesAtOnce { split += 1 }
            let whole = ArticleLayout(document, width: width, pieceBytes: .max)
            let expected = whole.lines.map { ControlEscaping.escaped($0.shown(in: document.passages)) + "\n" }.joined()
            var shown: [UInt8] = []
            ArticleLayout.writeShownLines(document, width: width, pieceBytes: pieceBytes) {
                shown += $0
                return true
            }
            #expect(String(decoding: shown, as: UTF8.self) == expected, "seed \(seed), width \(width), pieces of \(pieceBytes) bytes")
        }
        #expect(seeds.count < 100 || split * 4 > seeds.count)
    }

    @Test func aHeadingAfterAHeadingKeepsItsBlankLine() {
        let document = Document(elements: [.title(0), .heading(1), .heading(2), .paragraph(3)],
                                passages: ["Title", "One", "Two", "Text"])
        let whole = ArticleLayout(document, width: 40, pieceBytes: .max)
        #expect(ArticleLayout.pieces(document, pieceBytes: 1).count == 4)
        #expect(ArticleLayout(document, width: 40, pieceBytes: 1).lines == whole.lines)
        #expect(whole.lines.filter { $0.role == .blank }.count == 2)
    }
}
