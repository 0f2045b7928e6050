import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Damaged and odd input, assembled from the pieces that matter to the parser: it never
/// crashes, and no control character reaches any text of the article.
@Suite struct ParserFuzzTests {
    static let pieces: [[UInt8]] = [
        "\n", "\r\n", "\r", "\n\n", " ", "  ", "\t", "- ", "* ", "• ", "1. ", "12) ", "> ", ">", "# ", "## ", "---",
        "* * *", "Previous", "Next", "Previous\nPrevious", "Note: ", "https://example.com/x", "word", "Title Case",
        "end.", "intro:", "self-", "care", "日本語", "。", "é", "e\u{301}", "😀", "\u{FEFF}", "\u{202E}", "\u{2028}",
        "\u{1B}[31m", "\u{1B}]0;x\u{7}", "\u{1B}", "\u{7}", "\u{8}", "\u{7F}", "\u{85}", "\u{9B}2J",
    ].map { Array($0.utf8) } + [[0x93], [0x94], [0xE9], [0xC3], [0x80], [0xFF], [0xEF, 0xBB, 0xBF]]

    static func texts(of article: Article) -> [String] {
        var texts = [article.title]
        for block in article.blocks {
            switch block {
            case .heading(let t), .paragraph(let t), .quote(let t), .note(let t), .link(let t): texts.append(t)
            case .list(let list): texts += list.items.flatMap(\.paragraphs) + list.items.compactMap(\.number)
            case .rule: break
            }
        }
        return texts + [article.previous?.title, article.next?.title].compactMap { $0 }
    }

    @Test func randomPiecesNeverCrashOrLeakControls() {
        for seed in PropertySeeds.range(default: 3000) {
            var random = SeededRandom(seed: seed)
            var bytes: [UInt8] = []
            for _ in 0..<random.next(upTo: 80) { bytes += Self.pieces[random.next(upTo: Self.pieces.count)] }
            guard let decoded = ArticleText.decode(bytes) else { continue }  // binary: the library rejects it
            let article = ArticleParser.parse(decoded.text, id: "fuzz", path: "fuzz.txt")
            #expect(!article.title.isEmpty)
            for text in Self.texts(of: article) {
                let bad = text.unicodeScalars.first {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                        || $0 == "\u{2028}"
                }
                #expect(bad == nil, "seed \(seed): \(text.debugDescription)")
                #expect(text == text.trimmingCharacters(in: .whitespaces) || text.isEmpty, "seed \(seed): \(text.debugDescription)")
                #expect(!text.contains("  "), "seed \(seed): double space in \(text.debugDescription)")
            }
            // The layout of whatever came out keeps its invariants too.
            let document = Document(article)
            let problems = LayoutCheck.problems(ArticleLayout(document, width: 8 + random.next(upTo: 80)), document)
            #expect(problems.isEmpty, "seed \(seed): \(problems)")
        }
    }
}
