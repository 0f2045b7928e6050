import LecternTestSupport
import Testing
@testable import LecternCore

/// The listing decodes only the first and last lines of a file: over random files it must find
/// the title and links that decoding the whole file finds.
@Suite struct ListingSummaryTests {
    static let openings = ["", "\u{FEFF}", "\n\n", "\r\n  \r\n", "\u{A0}\n", "\t \n", "\u{1B}[1m\n", "\u{1B}]0;t\n"]
    static let titles = ["Breaking Free", "# Ca\u{301}fe\u{301} Notes ##", "“Quoted” – Title",
                         "\u{1B}[31mRed\u{1B}[0m Title", "漢字 and café", String(repeating: "Long title ", count: 80)]
    static let footers = [
        "Previous\nPrevious\n\nThe One Before\n\nNext\nNext\n\nThe One After",
        "Previous\r\nThe Ca\u{301}fe\u{301} Before\r\n\r\nNext\r\nThe After",
        "Next:\nOnly “Next” Here",
        "Next\n\nA title\nwrapped\n\n",
        "Previous\n\u{1B}]0;x",
        "The end.\n\nPrevious",
        "",
    ]

    static func file(_ random: inout SeededRandom) -> [UInt8] {
        let opening = openings[random.next(upTo: openings.count)]
        let text = (opening.contains("\u{1B}") && random.next(upTo: 2) == 0 ? "" : opening)
            + titles[random.next(upTo: titles.count)] + "\n\n"
        var body: [UInt8] = []
        let size = 6_000 + random.next(upTo: 20_000)
        // Most files are plain UTF-8 text; in the others, controls or Windows-1252 bytes make the quick way step aside.
        let plain = random.next(upTo: 4) > 0
        while body.count < size {
            let piece = RandomArticleFile.make(&random)
            let isUTF8 = String(validating: piece, as: UTF8.self) != nil
            let hasControls = piece.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            // Past the sampled start, controls and escape sequences may stay.
            if !plain || (isUTF8 && (!hasControls || body.count > 9_000)) { body += piece + Array("\n\n".utf8) }
        }
        if random.next(upTo: 30) == 0 { body += [0, 0x0A] }  // binary
        if random.next(upTo: 3) == 0 {
            // A long run of line ends and controls: little text decoded from the last bytes.
            body += Array(String(repeating: random.next(upTo: 2) == 0 ? "\r\n" : "\u{7}\n", count: 4_000).utf8)
        }
        let footer = footers[random.next(upTo: footers.count)]
        let newline = random.next(upTo: 3) == 0 ? "\r\n" : "\n"
        return Array(text.utf8) + body + Array(footer.replacingOccurrences(of: "\n", with: newline).utf8)
    }

    @Test func findsWhatTheWholeDecodeFinds() {
        var quick = 0
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let bytes = Self.file(&random)
            guard let summary = ListingSummary.summary(of: bytes, id: "id") else {
                continue
            }
            quick += 1
            guard let decoded = ArticleText.decode(bytes) else {
                Issue.record("seed \(seed): a binary file was summarised")
                continue
            }
            #expect(summary.title == ArticleParser.title(inHead: decoded.text, id: "id"), "seed \(seed)")
            let links = ArticleParser.links(in: decoded.text, isWhole: true)
            #expect(summary.links.previous == links.previous && summary.links.next == links.next,
                    "seed \(seed): \(summary.links) instead of \(links)")
        }
        // Most files are plain UTF-8 text: the quick way must serve a fair share of them.
        #expect(quick * 3 > PropertySeeds.range(default: 300).count)
    }

    @Test func leavesOtherFilesToTheWholeDecode() {
        let text = Array(("Title\n\n" + String(repeating: "Some words here.\n", count: 1_000)).utf8)
        #expect(ListingSummary.summary(of: text, id: "id") != nil)
        #expect(ListingSummary.summary(of: text + [0x93, 0x0A], id: "id") == nil)  // Windows-1252
        #expect(ListingSummary.summary(of: text + [0x00], id: "id") == nil)  // binary
        #expect(ListingSummary.summary(of: [0x01] + text, id: "id") == nil)  // a control in the sampled start
        // A small file is read on its bytes too when it is plain, and decoded whole when not.
        #expect(ListingSummary.summary(of: Array(text.prefix(4_000)), id: "id") != nil)
        #expect(ListingSummary.summary(of: Array(text.prefix(4_000)) + [0x07, 0x0A], id: "id") == nil)
    }

    /// A plain file's title line is read on its bytes when it is plain and no Markdown heading:
    /// over random and nasty lines, that gives the title the parse makes of the line's text.
    @Test func titleLinesOnBytesAreTheParsedTitle() {
        let marks: [[UInt8]] = ["#", "# ", "## ", "  #", " ", "-", "1. ", "> "].map { Array($0.utf8) }
        var plain = 0
        let seeds = PropertySeeds.range(default: 20_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            let bytes = (random.next(upTo: 3) == 0 ? marks[random.next(upTo: marks.count)] : []) + FooterPlainTitleTests.line(&random)
            bytes.withUnsafeBufferPointer { bytes in
                // Only a plain file's lines are read on their bytes.
                guard PlainFile.isPlain(bytes) else { return }
                let lines = TextLines(bytes: bytes, isDecoded: false)
                let line = 0..<bytes.count
                guard !lines.isBlank(line) else { return }
                plain += 1
                #expect(ListingSummary.title(line, in: lines) == ArticleParser.titleText(lines.text(line)[...]),
                        "seed \(seed): \(Array(bytes))")
            }
        }
        #expect(plain * 10 > seeds.count)
    }

    /// Files of every size, cut from the random ones at a line: where the quick way serves a
    /// file, its title and links are those the article's parse finds.
    @Test func smallFilesFindWhatTheParseFinds() {
        var quick = 0
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            var bytes = Self.file(&random)
            let cut = 40 + random.next(upTo: 5_000)
            if let newline = bytes[min(cut, bytes.count - 1)...].firstIndex(of: 0x0A) {
                bytes = Array(bytes[...newline]) + Array(Self.footers[random.next(upTo: Self.footers.count)].utf8)
            }
            guard let summary = ListingSummary.summary(of: bytes, id: "id") else { continue }
            quick += 1
            guard let decoded = ArticleText.decode(bytes) else {
                Issue.record("seed \(seed): a binary file was summarised")
                continue
            }
            let article = ArticleParser.parse(decoded.text, id: "id", path: "p")
            #expect(summary.title == article.title, "seed \(seed)")
            #expect(summary.links.previous == article.previous?.title && summary.links.next == article.next?.title,
                    "seed \(seed): \(summary.links) instead of \(String(describing: article.previous)), \(String(describing: article.next))")
        }
        // Most random openings and titles are not plain (escapes, combining marks): a tenth must be.
        #expect(quick * 10 > PropertySeeds.range(default: 300).count)
    }
}
