import LecternTestSupport
import Testing
@testable import LecternCore

/// Random text in many scripts at random widths: every line fits, nothing is lost or reordered.
/// A failure names its seed: replay it with LECTERN_SEED=n, hunt longer with LECTERN_SEEDS=n.
@Suite struct LayoutPropertyTests {
    /// Pieces words are made of: ASCII, accented, ideographs, CJK punctuation, emoji, combining
    /// marks, hyphens and punctuation that change where breaks are allowed.
    static let pieces: [String] = [
        "a", "b", "k", "Z", "7", "é", "ñ", "ø", "ß", "Ω", "ж", "ש", "ع",
        "日", "本", "語", "の", "か", "ッ", "한", "글", "。", "，", "「", "」", "（", "）",
        "😀", "🎉", "❤\u{FE0F}", "👍🏽", "🇫🇷", "e\u{301}", "q\u{301}\u{323}", "\u{301}",
        "-", "–", "—", ".", ",", ":", "(", ")", "'", "\"", "/", "https://",
    ]

    static func randomWord(_ random: inout SeededRandom) -> String {
        let length = 1 + random.next(upTo: random.next(upTo: 4) == 0 ? 40 : 9)
        return (0..<length).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
    }

    static func randomText(_ random: inout SeededRandom, words: Int) -> String {
        (0..<words).map { _ in randomWord(&random) }
            .joined(separator: random.next(upTo: 5) == 0 ? "  " : " ")
    }

    /// A document of every kind of element, with random texts and list numbers of 1 to 3 digits.
    static func randomDocument(_ random: inout SeededRandom) -> Document {
        var elements: [Document.Element] = []
        var passages: [String] = []
        func add(_ words: Int) -> Int {
            passages.append(randomText(&random, words: 1 + random.next(upTo: words)))
            return passages.count - 1
        }
        elements.append(.title(add(12)))
        for _ in 0..<(1 + random.next(upTo: 12)) {
            switch random.next(upTo: 7) {
            case 0: elements.append(.heading(add(10)))
            case 1: elements.append(.quote(add(40)))
            case 2: elements.append(.note(add(20)))
            case 3: elements.append(.link(add(2)))
            case 4: elements.append(.rule)
            case 5:
                let count = 1 + random.next(upTo: 4)
                let base = [1, 9, 98, 997][random.next(upTo: 4)]
                let markers = (0..<count).map { random.next(upTo: 3) == 0 ? "•" : "\(base + $0)." }
                let width = markers.map { DisplayWidth.of($0) }.max()!
                for (index, marker) in markers.enumerated() {
                    elements.append(.listItem(add(20), marker: marker, markerWidth: width,
                                              first: index == 0, last: index == count - 1))
                    if random.next(upTo: 4) == 0 { elements.append(.itemParagraph(add(20), markerWidth: width)) }
                }
            default: elements.append(.paragraph(add(60)))
            }
        }
        let footerStart = passages.count
        if random.next(upTo: 2) == 0 { elements.append(.footerLink(add(12), direction: .previous)) }
        if random.next(upTo: 2) == 0 { elements.append(.footerLink(add(12), direction: .next)) }
        return Document(elements: elements, passages: passages, footerStart: footerStart)
    }

    @Test func paragraphsFitAndKeepTheirText() {
        for seed in PropertySeeds.range(default: 500) {
            var random = SeededRandom(seed: seed)
            let text = Self.randomText(&random, words: 1 + random.next(upTo: 60))
            let width = 8 + random.next(upTo: 113)
            let document = LayoutCheck.paragraph(text)
            let problems = LayoutCheck.problems(ArticleLayout(document, width: width), document)
            #expect(problems.isEmpty, "seed \(seed), width \(width), \(text.debugDescription): \(problems)")
            if !problems.isEmpty { break }
        }
    }

    @Test func documentsFitAndKeepTheirText() {
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let document = Self.randomDocument(&random)
            let width = 8 + random.next(upTo: 113)
            let problems = LayoutCheck.problems(ArticleLayout(document, width: width), document)
            #expect(problems.isEmpty, "seed \(seed), width \(width): \(problems)")
            if !problems.isEmpty { break }
        }
    }

    /// Lines that hold ordinary words reflow to themselves.
    @Test func plainParagraphsReflowToThemselves() {
        let words = ["a", "an", "the", "reader", "trauma", "self-care", "memory", "healing", "é", "naïve",
                     "reconsolidation", "window", "hope", "x"]
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            let text = (0..<(1 + random.next(upTo: 80))).map { _ in words[random.next(upTo: words.count)] }
                .joined(separator: " ")
            let width = 8 + random.next(upTo: 113)
            let document = LayoutCheck.paragraph(text)
            let layout = ArticleLayout(document, width: width)
            let lines = layout.lines.map { String($0.text(in: document.passages)) }
            // Joined as the parser joins a hard-wrapped paragraph ("self-" and "care" make "self-care").
            let again = LayoutCheck.paragraph(LineJoining.join(lines.map { Substring($0) }))
            let relaid = ArticleLayout(again, width: width).lines.map { String($0.text(in: again.passages)) }
            #expect(relaid == lines, "seed \(seed), width \(width)")
            if relaid != lines { break }
        }
    }
}
