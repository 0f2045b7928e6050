import LecternTestSupport
import Testing
@testable import LecternCore

/// The footer search takes shortcuts: it tries only the suffixes of four groups or fewer, the
/// first that parses, and on bytes it looks only at the last four runs of lines. Over random
/// endings of labels, titles and blank lines, it must find what trying every suffix finds.
@Suite struct FooterSearchTests {
    static let labels = ["Previous", "Next", "previous:", "NEXT", "Prev", "« Previous", "Next »", "Next post",
                         "  Next  ", "\u{A0}Previous"]
    static let titles = ["The One Before", "A Title", "wrapped title", "A sentence.", "Wait..", "self-", "care",
                         String(repeating: "wide ", count: 40), "漢字の題"]

    /// Blocks of labels (some written twice) and of title lines, with or without blank lines
    /// between them: footers of one and two links, and endings that only look like them.
    static func lines(_ random: inout SeededRandom) -> [String] {
        var lines: [String] = []
        for _ in 0..<(1 + random.next(upTo: 7)) {
            if random.next(upTo: 2) == 0 {
                let label = labels[random.next(upTo: labels.count)]
                lines += Array(repeating: label, count: 1 + random.next(upTo: 2))
            } else {
                lines += (0..<(1 + random.next(upTo: 3) / 2)).map { _ in titles[random.next(upTo: titles.count)] }
            }
            lines += Array(repeating: random.next(upTo: 4) == 0 ? "   " : "", count: random.next(upTo: 3))
        }
        return lines
    }

    /// The search as it was: every suffix of the last six groups, the earliest that parses kept.
    static func everySuffix(_ lines: [Substring]) -> Footer? {
        let candidates = Footer.Candidates(lines, from: 0)
        let groups = candidates.groups()
        var found: Footer?
        for start in stride(from: groups.count - 1, through: max(0, groups.count - 6), by: -1) {
            if let footer = Footer.parse(groups[start...], candidates) { found = footer }
        }
        return found
    }

    @Test func findsWhatTryingEverySuffixFinds() {
        var footers = 0
        for seed in PropertySeeds.range(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let lines = Self.lines(&random).map { $0[...] }
            let expected = Self.everySuffix(lines)
            #expect(Footer.find(Footer.Candidates(lines, from: 0)) == expected, "seed \(seed): \(lines)")
            if expected != nil { footers += 1 }
        }
        // Not a search for nothing: a fair share of the endings hold a footer.
        #expect(footers * 10 > PropertySeeds.range(default: 3_000).count)
    }

    @Test func bytesFindWhatLinesFind() {
        var footers = 0
        for seed in PropertySeeds.range(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let lines = ["Body text here."] + Self.lines(&random)
            let text = lines.joined(separator: random.next(upTo: 2) == 0 ? "\n" : "\r\n")
            let decoded = ArticleParser.sourceLines(Array(text.utf8).withUnsafeBytes { TextDecoder.decode($0).text })
            let expected = Footer.find(in: decoded, bodyStart: 0)
            let found = Array(text.utf8).withUnsafeBufferPointer { Footer.find(in: TextLines(bytes: $0, isDecoded: false), bodyStart: 0) }
            #expect(found?.footer.previous == expected?.previous && found?.footer.next == expected?.next, "seed \(seed): \(lines)")
            if expected != nil { footers += 1 }
        }
        #expect(footers * 10 > PropertySeeds.range(default: 3_000).count)
    }

    /// A label told on a line's bytes is the label of the line's text.
    @Test func labelsOnBytesAreTheLabelsOfTheText() {
        let pieces = ["next", "Next", "PREVIOUS", "prev", "Previous", " ", "\t", ":", " post", " article", "»", "→",
                      "\u{A0}", "<", "x", "«", "←", "\u{2003}", "e\u{301}", "."]
        for seed in PropertySeeds.range(default: 5_000) {
            var random = SeededRandom(seed: seed)
            let line = (0..<(1 + random.next(upTo: 5))).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
            let bytes = Array(line.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                let lines = TextLines(bytes: bytes, isDecoded: false)
                let content = 0..<bytes.count
                #expect(Footer.label(content, in: lines) == Footer.label(lines.text(content)[...]), "seed \(seed): \(line.debugDescription)")
            }
        }
    }
}
