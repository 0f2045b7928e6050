import LecternTestSupport
import Testing
@testable import LecternCore

/// Keys hashed on their own bytes must agree with String equality: equal strings (canonically
/// equivalent ones too) make equal keys with equal hashes, and unequal strings unequal keys.
@Suite struct PrehashedKeyTests {
    @Test func keysAreEqualAndHashAlikeExactlyWhenTheirStringsAreEqual() {
        let pieces = ["e", "é", "e\u{301}", "É", "E\u{301}", "a", "’", "漢", "😀", " ", "12345678", "\u{1100}\u{1161}", "가"]
        for seed in PropertySeeds.range(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let text = { (random: inout SeededRandom) in
                (0..<random.next(upTo: 6)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            }
            let a = text(&random), b = text(&random)
            let (keyA, keyB) = (PrehashedKey(a), PrehashedKey(b))
            #expect((keyA == keyB) == (a == b), "seed \(seed): \(a.debugDescription) \(b.debugDescription)")
            if a == b { #expect(keyA.hashValue == keyB.hashValue, "seed \(seed)") }
            #expect(PrehashedKey(a) == keyA && PrehashedKey(a).hashValue == keyA.hashValue)
        }
    }
}
