import LecternTestSupport
import Testing
@testable import LecternCore

/// The line breaker's pruned choice of line starts against trying every candidate start, on
/// random paragraphs and random runs of nasty text, at widths from the narrowest to wide.
/// A failure names its seed: replay it with LECTERN_SEED=n, hunt longer with LECTERN_SEEDS=n.
@Suite struct LineBreakerPruningTests {
    /// Text that changes how a cluster or a break is read: ASCII of every break class, controls,
    /// runs of spaces, marks that join an ASCII base, wide and narrow scalars, emoji sequences.
    static let pieces = [
        "a", "word", "x", "supercalifragilisticexpialidocious", " ", " ", "  ", "-", "--", "(", ")", "[", "]",
        "{", "}", ",", ".", "!", "?", ":", ";", "'", "\"", "#", "0", "9", "_", "~", "@", "/", "\t", "\n", "\u{7F}",
        "\u{01}", "\u{301}", "é", "’", "“", "—", "\u{AD}", "漢", "字", "。", "「", "」", "한", "😀", "👍🏽",
        "👨‍👩‍👧", "🇫🇷", "\u{200B}", "\u{3000}", "ｱ", "\u{FE0F}", "e\u{301}",
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        let count = random.next(upTo: random.next(upTo: 4) == 0 ? 400 : 40)
        return (0..<count).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
    }

    static func lines(_ text: String, width: Int, prunes: Bool) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { BreakPoints($0, width: width).optimalLines(width: width, prunes: prunes) }
    }

    @Test func prunedStartsAreTheStartsOfTheFullSearch() {
        for seed in PropertySeeds.range(default: 600) {
            var random = SeededRandom(seed: seed)
            let text = random.next(upTo: 2) == 0
                ? Self.randomText(&random)
                : OptimalBreakingTests.randomParagraph(&random, words: 1 + random.next(upTo: 300))
            let width = 2 + random.next(upTo: random.next(upTo: 3) == 0 ? 120 : 30)
            let pruned = Self.lines(text, width: width, prunes: true)
            let full = Self.lines(text, width: width, prunes: false)
            #expect(pruned == full, "seed \(seed), width \(width), \(text.debugDescription)")
            if pruned != full { break }
        }
    }

    @Test func aLongArticleBreaksAlikeEitherWay() {
        let text = LongArticle.text(bytes: 200_000)
        for width in [2, 8, 40, 80, 123] {
            #expect(Self.lines(text, width: width, prunes: true) == Self.lines(text, width: width, prunes: false), "width \(width)")
        }
    }
}
