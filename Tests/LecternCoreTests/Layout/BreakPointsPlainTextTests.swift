import LecternTestSupport
import Testing
@testable import LecternCore

/// Break points found with plain ASCII taken a word at a time against the same found cluster by
/// cluster, on random runs of nasty text (marks after ASCII letters, controls, wide clusters,
/// runs of spaces) and random paragraphs, at widths from the narrowest to wide.
/// A failure names its seed: replay it with LECTERN_SEED=n, hunt longer with LECTERN_SEEDS=n.
@Suite struct BreakPointsPlainTextTests {
    static func points(_ text: String, width: Int, skipsPlainText: Bool) -> [BreakPoints.Point] {
        var copy = text
        return copy.withUTF8 { BreakPoints($0, width: width, skipsPlainText: skipsPlainText).points }
    }

    @Test func plainWordsTakenWholeGiveThePointsOfClusterByCluster() {
        for seed in PropertySeeds.range(default: 800) {
            var random = SeededRandom(seed: seed)
            let text = switch random.next(upTo: 3) {
            case 0: LineBreakerPruningTests.randomText(&random)
            case 1: OptimalBreakingTests.randomParagraph(&random, words: 1 + random.next(upTo: 200))
            // Long plain words cut several times over, beside marks and wide clusters.
            default: (0..<(1 + random.next(upTo: 8))).map { _ in
                String(repeating: "abcdefghij", count: random.next(upTo: 30))
                    + ["", "\u{301}", "漢", "-", " ", "  ", "😀", "(", "."][random.next(upTo: 9)]
            }.joined()
            }
            let width = 2 + random.next(upTo: random.next(upTo: 3) == 0 ? 130 : 20)
            let fast = Self.points(text, width: width, skipsPlainText: true)
            let slow = Self.points(text, width: width, skipsPlainText: false)
            #expect(fast == slow, "seed \(seed), width \(width), \(text.debugDescription)")
            if fast != slow { break }
        }
    }

    /// Words of ASCII punctuation taken whole: every break class, next to spaces, hyphens, marks
    /// that join the word's last byte, wide and emoji clusters, tabs, and words longer than the line.
    @Test func punctuatedWordsTakenWholeGiveThePointsOfClusterByCluster() {
        let pieces = ["e.g.", "word(s)", "3.14", "10:30", "a", "[x]", "{", "}", ")", "(", ".", ",", "!?", ";", "'",
                      "\"", "well-known", "-", "--", " ", " ", " ", "  ", "\u{301}", "\u{FE0F}", "漢", "。", "「",
                      "😀", "👍🏽", "\t", "’", "é", String(repeating: "x.", count: 70)]
        for seed in PropertySeeds.range(default: 800) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.next(upTo: 120)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            let width = 2 + random.next(upTo: random.next(upTo: 3) == 0 ? 130 : 20)
            let fast = Self.points(text, width: width, skipsPlainText: true)
            let slow = Self.points(text, width: width, skipsPlainText: false)
            #expect(fast == slow, "seed \(seed), width \(width), \(text.debugDescription)")
            if fast != slow { break }
        }
    }

    @Test func aLongArticleGivesThePointsEitherWay() {
        let text = LongArticle.text(bytes: 100_000)
        for width in [2, 3, 8, 40, 80, 123] {
            #expect(Self.points(text, width: width, skipsPlainText: true)
                == Self.points(text, width: width, skipsPlainText: false), "width \(width)")
        }
    }
}
