import LecternTestSupport
import Testing
@testable import LecternCore

/// Paragraphs read on the bytes (`ParagraphRun`, `SourceLine.plainText`) give the blocks and
/// the lines a `BlockBuilder` fed each line's `SourceLine` gives: on random articles, and on
/// lines built to trip the byte tests (white space beyond ASCII at either end, marks that join
/// a space, numbered lines inside paragraphs, quotes and dashes first, addresses).
@Suite struct ParagraphRunTests {
    static let nastyLines = [
        "\u{A0}text after a no-break space", "text before one\u{A0}", " \u{301}mark after a space", "\u{3000}ideographic",
        "12. months later", "1. first", "2) second", "“Quoted” start", "‘single’ end’", "— dash first", "–", "• bullet",
        "•Bullet", "https://example.com/a", "www.example.org", "http://x y", "Note: this", "  indented text", "-5 degrees",
        "*emphasis*", "# not a heading", "#tag", ">", "> quoted", "---", "— — —", "word-", "wrapped", "日本語", "の文章",
        "ends in é", "é starts", "’", "‘Quoted’", "“", "x”", "‟x", "„x", "’\u{301}", "\u{2010}x", "\u{2022}x", "\u{2027}",
        "\u{2013}\u{2013}\u{2013}", "\u{2014} x", "x\u{2014}", "\u{A0}", "x\u{A0}", "\u{202F}x", "e\u{301}", "\u{200D}x",
        " ", "   ", "\u{2003}", "a  b   c", "Steps:", "Heading Like This",
    ]

    static func source(_ random: inout SeededRandom) -> String {
        let base = RandomArticle.source(&random, lines: 5 + random.next(upTo: 60))
        var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<random.next(upTo: 12) {
            lines.insert(nastyLines[random.next(upTo: nastyLines.count)], at: random.next(upTo: lines.count + 1))
        }
        return ArticleText.decode(Array(lines.joined(separator: "\n").utf8))!.text
    }

    static func referenceBlocks(_ text: Substring) -> [Block] {
        var builder = BlockBuilder()
        for line in ArticleParser.linesOfPiece(text) { builder.add(SourceLine(line)) }
        return builder.finish()
    }

    @Test func paragraphsReadOnBytesAreTheBuildersOwn() {
        for seed in PropertySeeds.range(default: 1500) {
            var random = SeededRandom(seed: seed)
            let text = Self.source(&random)
            #expect(ArticleParser.blocksOfPiece(text[...]) == Self.referenceBlocks(text[...]), "seed \(seed)")
        }
    }

    @Test func aLineTakenForTextByItsBytesIsText() {
        for seed in PropertySeeds.range(default: 5000) {
            var random = SeededRandom(seed: seed)
            let pieces = Self.nastyLines + ByteShortcutTests.pieces + ByteShortcutTests.marks
            var text = (0..<1 + random.next(upTo: 4)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            if text.contains("\t") { text = ArticleText.decode(Array(text.utf8))!.text }
            let bytes = Array(text.utf8)
            let line = text[...]
            let sourceLine = SourceLine(line)
            bytes.withUnsafeBufferPointer { bytes in
                if let range = SourceLine.plainText(0..<bytes.count, in: bytes) {
                    let piece = PieceText(text: line, lines: TextLines(bytes: bytes, isDecoded: true))
                    let plain = piece.substring(range)
                    #expect(sourceLine == .text(plain, indent: range.lowerBound), "\(text.debugDescription)")
                    #expect(plain.trimmingWhitespace() == plain, "\(text.debugDescription)")
                }
                if SourceLine.holdsOnlySpaces(0..<bytes.count, in: bytes) {
                    #expect(sourceLine == .blank, "\(text.debugDescription)")
                }
            }
        }
    }
}
