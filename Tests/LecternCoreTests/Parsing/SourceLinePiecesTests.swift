import LecternTestSupport
import Testing
@testable import LecternCore

/// A long text split into lines in pieces (on all cores) gives exactly the lines of one pass,
/// as the same ranges of the same text: pieces as small as a byte, on random articles, with
/// empty lines, a line feed first and last, and text after the last line feed or none.
@Suite struct SourceLinePiecesTests {
    static func ranges(_ lines: [Substring], in text: String) -> [Range<Int>] {
        lines.map { text.utf8.distance(from: text.startIndex, to: $0.startIndex)..<text.utf8.distance(from: text.startIndex, to: $0.endIndex) }
    }

    @Test func piecesSplitAsOne() {
        for seed in PropertySeeds.range(default: 400) {
            var random = SeededRandom(seed: seed)
            var text = ArticleText.decode(Array(RandomArticle.source(&random, lines: 1 + random.next(upTo: 200)).utf8))!.text
            switch random.next(upTo: 4) {
            case 0: text = "\n" + text + "\n"
            case 1: text += "\n\n"
            default: break
            }
            let pieceBytes = 1 + random.next(upTo: 300)
            let whole = ArticleParser.sourceLines(text[...], pieceBytes: .max / 4)
            let pieces = ArticleParser.sourceLines(text[...], pieceBytes: pieceBytes)
            #expect(pieces == whole && Self.ranges(pieces, in: text) == Self.ranges(whole, in: text),
                    "seed \(seed), pieces of \(pieceBytes) bytes")
            if pieces != whole { break }
        }
    }
}
