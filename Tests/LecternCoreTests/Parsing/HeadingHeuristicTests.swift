import LecternTestSupport
import Testing
@testable import LecternCore

/// The heading heuristic's byte-level shortcuts agree with the character-level tests they replace.
@Suite struct HeadingHeuristicTests {
    static let pieces = ["word", " ", "  ", "Www.", "wWw", ".", "\u{301}", "é", "“", "漢字", "\u{200D}", "x", "WWW", "\t"]

    @Test func wordsAreCountedAsSplittingAtSpacesCountsThem() {
        for seed in PropertySeeds.range(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let line = (0..<random.next(upTo: 12)).map { _ in Self.pieces[random.next(upTo: Self.pieces.count)] }.joined()
            #expect(HeadingHeuristic.wordCount(line) == line.split(separator: " ").count, "\(line.debugDescription)")
            #expect(HeadingHeuristic.mentionsWWW(line) == line.lowercased().utf8.contains(subsequence: Array("www.".utf8)), "\(line.debugDescription)")
        }
    }

    @Test func examples() {
        #expect(HeadingHeuristic.wordCount("  Two  words ") == 2)
        #expect(HeadingHeuristic.wordCount("a \u{301}b") == 1)  // the space and the mark are one character
        #expect(HeadingHeuristic.mentionsWWW("See WWW.example.org"))
        #expect(!HeadingHeuristic.mentionsWWW("ww.w"))
    }
}
