import LecternTestSupport
import Testing
@testable import LecternCore

/// On bytes, a footer's one-line titles are made straight from the bytes when they are plain
/// (`Footer.plainTitle`). Over random and nasty lines and footers, that must give what making
/// the lines' text and joining it gives.
@Suite struct FooterPlainTitleTests {
    /// Pieces of lines: plain words, and what trimming, joining, decoding and the full-stop rule
    /// trip on (white space outside ASCII, combining marks and joiners after spaces, a prepended
    /// mark before a full stop, controls, double spaces, bytes that are not UTF-8, wide text).
    static let pieces: [[UInt8]] = [
        "Title", "A", "the one", " ", "  ", "\t", "\r", ".", "..", "\u{A0}", "\u{2003}", "\u{3000}", "\u{301}",
        "é", "e\u{301}", "’", "“", "”", "—", "…", "\u{600}", "\u{200D}", "©", "👍", "🇫🇷", "漢字", "\u{85}",
        "\u{AD}", "\u{7F}", "\u{1B}[1m", "-", ":", "Next", "Previous", "ǅ", "ʰ", "\u{2028}", "\u{FEFF}",
        String(repeating: "a", count: 150), String(repeating: "漢", count: 55), String(repeating: "x ", count: 45),
    ].map { Array($0.utf8) } + [[0xFF], [0xE2, 0x80], [0x80], [0xC3], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x91]]

    static func line(_ random: inout SeededRandom) -> [UInt8] {
        (0..<(1 + random.next(upTo: 5))).flatMap { _ in pieces[random.next(upTo: pieces.count)] }
    }

    /// The general path: the line's text, joined on its own.
    static func joinedTitle(_ content: Range<Int>, in lines: TextLines) -> String? {
        Footer.title(joining: [lines.text(content)[...]])
    }

    @Test func plainTitlesAreTheJoinedText() {
        var plain = 0
        let seeds = PropertySeeds.range(default: 20_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            let bytes = Self.line(&random)
            for isDecoded in [false, true] {
                bytes.withUnsafeBufferPointer { bytes in
                    let lines = TextLines(bytes: bytes, isDecoded: isDecoded)
                    let content = 0..<bytes.count
                    guard !lines.isBlank(content) else { return }
                    let expected = Self.joinedTitle(content, in: lines)
                    switch Footer.plainTitle(content, in: lines) {
                    case .plausible(let title):
                        plain += 1
                        #expect(title == expected, "seed \(seed): \(Array(bytes))")
                    case .implausible:
                        plain += 1
                        #expect(expected == nil, "seed \(seed): \(Array(bytes))")
                    case .notPlain:
                        break
                    }
                }
            }
        }
        // Not a test of the general path alone: many lines are plain.
        #expect(plain * 10 > seeds.count)
    }

    /// Footers of labels and random lines, with blank lines or none between them: the footer
    /// found on bytes is the footer the lines' texts give, start and all.
    @Test func footersOnBytesAreTheFootersOfTheirTexts() {
        let labels: [[UInt8]] = ["Previous", "Next", "NEXT:", "« Previous", "Next »", " Next\t", "\u{A0}Previous"].map { Array($0.utf8) }
        var footers = 0
        var plainFiles = 0
        let seeds = PropertySeeds.range(default: 5_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            var lines: [[UInt8]] = []
            for _ in 0..<(1 + random.next(upTo: 6)) {
                if random.next(upTo: 2) == 0 {
                    lines += Array(repeating: labels[random.next(upTo: labels.count)], count: 1 + random.next(upTo: 2))
                } else {
                    lines += (0..<(1 + random.next(upTo: 3) / 2)).map { _ in Self.line(&random) }
                }
                lines += Array(repeating: random.next(upTo: 4) == 0 ? Array("  ".utf8) : [], count: random.next(upTo: 3))
            }
            let separator: [UInt8] = random.next(upTo: 3) == 0 ? [0x0D, 0x0A] : [0x0A]
            let text = Array(lines.joined(separator: separator))
            for isDecoded in [false, true] {
                text.withUnsafeBufferPointer { bytes in
                    // Undecoded bytes are read as lines only when they are a plain file's.
                    guard isDecoded || PlainFile.isPlain(bytes) else { return }
                    let lines = TextLines(bytes: bytes, isDecoded: isDecoded)
                    var texts: [Substring] = []
                    var starts: [Int] = []
                    var start = 0
                    while true {
                        let line = start..<lines.end(ofLineAt: start)
                        texts.append(lines.text(lines.content(line))[...])
                        starts.append(start)
                        guard line.upperBound < bytes.count else { break }
                        start = line.upperBound + 1
                    }
                    let expected = Footer.find(Footer.Candidates(texts, from: 0))
                    let found = Footer.find(in: lines, tailStart: 0)
                    #expect(found?.footer == expected, "seed \(seed): \(text)")
                    #expect(found?.start == expected.map { starts[$0.startLine] }, "seed \(seed): \(text)")
                    if expected != nil { footers += 1 }
                    if !isDecoded { plainFiles += 1 }
                }
            }
        }
        #expect(footers * 10 > seeds.count)
        #expect(plainFiles * 10 > seeds.count)
    }
}
