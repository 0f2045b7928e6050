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

    /// The search on bytes takes one pass backwards, telling each line as it goes: it must find
    /// what finding the labelled tail first (`labelledTailStart`) and then the footer in it finds,
    /// on random articles and on random endings of labels and titles, from any body start.
    @Test func onePassFindsWhatTheLabelledTailGives() {
        var footers = 0
        let seeds = PropertySeeds.range(default: 3_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            var text = RandomArticle.source(&random, lines: random.next(upTo: 30))
            let lineEnd = random.next(upTo: 3) == 0 ? "\r\n" : "\n"
            // Sometimes runs of more lines than the one pass keeps (it takes the two passes then).
            if random.next(upTo: 4) == 0 {
                text += lineEnd + (0..<(20 + random.next(upTo: 40))).map { _ in Self.lines(&random)[0] }.joined(separator: lineEnd)
            }
            if random.next(upTo: 2) == 0 { text += lineEnd + Self.lines(&random).joined(separator: lineEnd) }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                let lines = TextLines(bytes: bytes, isDecoded: random.next(upTo: 2) == 0)
                // Any line start, the file's end among them.
                var bodyStart = 0
                for _ in 0..<random.next(upTo: 6) where bodyStart < bytes.count { bodyStart = lines.end(ofLineAt: bodyStart) + 1 }
                bodyStart = min(bodyStart, bytes.count)
                let expected = Footer.labelledTailStart(in: lines, bodyStart: bodyStart).flatMap { Footer.find(in: lines, tailStart: $0) }
                let found = Footer.find(in: lines, bodyStart: bodyStart)
                #expect(found?.footer == expected?.footer && found?.start == expected?.start, "seed \(seed): \(text.debugDescription)")
                if expected != nil { footers += 1 }
            }
        }
        #expect(footers * 10 > seeds.count)
    }

    /// The common labels told by one load are the labels the spellings give: over words near
    /// them (each byte kept, its case bit flipped, or any byte at all, so that bytes which only
    /// look like letters with bit 0x20 set are tried) and of lengths around theirs.
    @Test func commonLabelsAreTheSpelledLabels() {
        let words = ["previous", "next", "prev", "Next:", "prev:", "previous post", "nex", "nextt", "previou", "previouss",
                     "« previous", "next »", "PREVIOUS", "NeXt"].map { Array($0.utf8) }
        var labels = 0
        for seed in PropertySeeds.range(default: 20_000) {
            var random = SeededRandom(seed: seed)
            let word = words[random.next(upTo: words.count)].map { byte -> UInt8 in
                switch random.next(upTo: 8) {
                case 0: return byte ^ 0x20
                case 1: return UInt8(truncatingIfNeeded: random.next())
                case 2: return byte ^ 0x60  // "p" (0x70) to 0x10, "P" (0x50) to 0x30
                default: return byte
                }
            }
            word.withUnsafeBufferPointer { word in
                let expected = Footer.spelledLabel(word)
                #expect(Footer.label(lowercasedASCII: word) == expected, "seed \(seed): \(Array(word))")
                if let common = Footer.commonLabel(word) { #expect(common == expected, "seed \(seed): \(Array(word))") }
                if expected != nil { labels += 1 }
            }
        }
        // Not a test of refusals alone: many words are labels.
        #expect(labels * 10 > PropertySeeds.range(default: 20_000).count)
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
