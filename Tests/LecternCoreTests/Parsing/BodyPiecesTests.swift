import LecternTestSupport
import Testing
@testable import LecternCore

/// A long body parsed in pieces (on all cores) gives exactly the blocks of one pass: pieces as
/// small as a few lines, on random articles with every kind of block.
@Suite struct BodyPiecesTests {
    static func bodyLines(_ source: String) -> ArraySlice<Substring> {
        let text = ArticleText.decode(Array(source.utf8))!.text
        let lines = ArticleParser.sourceLines(text)
        let title = lines.firstIndex { !$0.trimmingWhitespace().isEmpty } ?? 0
        return lines[(title + 1)...]
    }

    @Test func piecesParseAsOne() {
        var split = 0
        let seeds = PropertySeeds.range(default: 400)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            let lines = Self.bodyLines(RandomArticle.source(&random, lines: 20 + random.next(upTo: 200)))
            let whole = ArticleParser.bodyBlocks(lines, pieceBytes: .max)
            let pieceBytes = 1 + random.next(upTo: 400)
            let pieces = ArticleParser.bodyPieces(lines, pieceBytes: pieceBytes)
            if pieces.count > 1 { split += 1 }
            #expect(pieces.first?.lowerBound == lines.startIndex && pieces.last?.upperBound == lines.endIndex)
            #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            #expect(ArticleParser.bodyBlocks(lines, pieceBytes: pieceBytes) == whole, "seed \(seed), pieces of \(pieceBytes) bytes")
        }
        // The property is only tested where bodies were cut (a replayed seed alone may not be).
        #expect(seeds.count < 100 || split * 4 > seeds.count * 3)
    }

    @Test func aListIsNeverCut() {
        let source = "Title\n\n" + (1...200).map { "\($0). An item\n\n   Its second paragraph\n" }.joined(separator: "\n")
        let lines = Self.bodyLines(source)
        #expect(ArticleParser.bodyPieces(lines, pieceBytes: 10).count == 1)
        #expect(ArticleParser.bodyBlocks(lines, pieceBytes: 10).count == 1)
    }

    @Test func aLongArticleParsesAsOne() {
        var random = SeededRandom(seed: 7)
        let source = RandomArticle.source(&random, lines: 40_000)
        let text = ArticleText.decode(Array(source.utf8))!.text
        let lines = ArticleParser.sourceLines(text)
        #expect(ArticleParser.bodyPieces(lines[1...], pieceBytes: ArticleParser.pieceBytes).count > 4)
        #expect(ArticleParser.parse(text, id: "a", path: "") == {
            var article = ArticleParser.parse(text, id: "a", path: "")
            let title = lines.firstIndex { !$0.trimmingWhitespace().isEmpty }!
            let end = Footer.find(in: lines, bodyStart: title + 1)?.startLine ?? lines.count
            article.blocks = ArticleParser.bodyBlocks(lines[(title + 1)..<end], pieceBytes: .max)
            return article
        }())
    }
}
