import LecternTestSupport
import Testing
@testable import LecternCore

/// The count over a file's raw bytes checks in the same pass that they are plain: it must count
/// what `count` counts, and find a file plain exactly when `PlainFile.isPlain` does.
@Suite struct PlainCountTests {
    /// Long plain text (many lanes, many matches) with now and then something a plain file
    /// cannot hold, or holds only in some places: controls, a lone CR, an escape, bytes that are
    /// not UTF-8, a decomposed accent, a C1 control, a BOM in the middle.
    static let junk: [[UInt8]] = [[0x01], [0x0D], [0x0D, 0x0A], [0x09], [0x1B, 0x5B, 0x31, 0x6D], [0x80], [0xFF], [0xC3],
                                  Array("e\u{301}".utf8), [0xC2, 0x85], [0xEF, 0xBB, 0xBF], [0x7F], Array("é".utf8),
                                  Array("’".utf8), Array("😀".utf8), Array("Å".utf8), Array("\u{212B}".utf8), Array("the\u{301}".utf8)]

    static func file(_ random: inout SeededRandom) -> [UInt8] {
        let words = ["ketamine", "Trauma", "MEMORY", "the", "kiss", "profound", "café", "naïve", "Straße", "λόγος", "漢字",
                     "👍🏽", "“quoted”", "–", "The", "THE", "there", "bathe", "it’s", "a;b"]
        var text = Array("Title\n\n".utf8)
        let junkRate = [0, 50, 400][random.next(upTo: 3)]
        for _ in 0..<(20 + random.next(upTo: 300)) {
            text += Array(words[random.next(upTo: words.count)].utf8)
            text.append([0x20, 0x20, 0x0A, 0x20][random.next(upTo: 4)])
            if junkRate > 0, random.next(upTo: junkRate) == 0 { text += junk[random.next(upTo: junk.count)] }
        }
        return text
    }

    @Test func countsAndChecksAsTheTwoPassesDo() {
        var checkedStretches = 0
        var notPlain = 0
        for seed in PropertySeeds.range(default: 400) {
            var random = SeededRandom(seed: seed)
            let bytes = random.next(upTo: 4) == 0 ? RawFileSearchTests.file(&random) : Self.file(&random)
            for text in ["the", "The", "it", "kiss", "memory", "café", "th", "ketamine"] {
                guard let query = SearchQuery(text) else { continue }
                bytes.withUnsafeBufferPointer { bytes in
                    var starts: [Int] = [0]
                    query.forEachMatch(in: bytes) { if starts.count < 4 { starts.append($0.lowerBound) } }
                    for start in starts {
                        let limit = random.next(upTo: bytes.count + 1)
                        let context = "seed \(seed), query \(text), start \(start), limit \(limit)"
                        let expected = query.count(in: bytes, from: start, before: limit)
                        let tailIsPlain = PlainFile.isPlain(UnsafeBufferPointer(rebasing: bytes[start...]))
                        guard let counted = query.countCheckingPlain(in: bytes, from: start, before: limit) else {
                            #expect(!tailIsPlain, "\(context)")
                            notPlain += 1
                            continue
                        }
                        #expect(counted.count == expected.count && counted.resume == expected.resume, "\(context)")
                        #expect(PlainFile.isPlain(UnsafeBufferPointer(rebasing: bytes[start..<counted.checkedEnd])), "\(context)")
                        if counted.checkedEnd > start { checkedStretches += 1 }
                        // What is left unchecked is checked apart: together, the verdict on the whole.
                        let rest = PlainFile.isPlain(UnsafeBufferPointer(rebasing: bytes[counted.checkedEnd...]))
                        #expect(rest == tailIsPlain, "\(context)")
                    }
                }
            }
        }
        #expect(checkedStretches > 1000 && notPlain > 100, "\(checkedStretches) checked, \(notPlain) not plain")
    }

    /// Counted on its raw bytes only when the file is plain.
    @Test func countsOnRawBytesOnlyPlainFiles() {
        var counted = 0
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let bytes = Self.file(&random)
            let isPlain = bytes.withUnsafeBufferPointer { PlainFile.isPlain(PlainFile.text($0)) }
            for text in ["the", "it", "memory", "café"] {
                let query = SearchQuery(text)!
                let wanted = random.next(upTo: 4)
                let onBytes = bytes.withUnsafeBufferPointer {
                    BodyMatchCount(query, inFile: $0, id: "a", path: "", wanted: wanted, keepsPassages: false, findsLinks: false)
                }
                if onBytes != nil {
                    counted += 1
                    #expect(isPlain, "seed \(seed), query \(text)")
                }
            }
        }
        #expect(counted > 200, "\(counted)")
    }
}
