import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// Random articles written out in every style the export uses (line ends, BOM, blank runs,
/// hard wraps, marker styles, tight and loose lists, label once or twice...) parse back to the
/// same article. Replay a failing seed with LECTERN_SEED=n.
@Suite struct ArticleRoundTripTests {
    static let words = ["trauma", "memory", "healing", "the", "of", "and", "a", "brain", "self-care", "naïve",
                        "café", "résumé", "window", "therapy", "long-term", "patients", "hope", "research",
                        "señor", "über", "reconsolidation", "in", "may", "help", "ketamine", "øre"]
    static let capitalized = ["Healing", "Memory", "Hope", "The", "Science", "Ketamine", "Trauma", "Café", "Über", "Release"]

    struct Writer {
        var random: SeededRandom
        var lines: [String] = []

        mutating func pick<T>(_ options: [T]) -> T { options[random.next(upTo: options.count)] }
        mutating func chance(_ percent: Int) -> Bool { random.next(upTo: 100) < percent }

        mutating func sentence(_ count: Int) -> String {
            (0..<count).map { _ in pick(ArticleRoundTripTests.words) }.joined(separator: " ")
        }

        mutating func title(_ count: Int) -> String {
            (0..<count).map { _ in pick(ArticleRoundTripTests.capitalized) }.joined(separator: " ")
        }

        /// `text` hard-wrapped at a random width (or not at all), breaking at spaces and sometimes
        /// after the hyphen of a word.
        mutating func wrap(_ text: String) -> [String] {
            guard chance(60) else { return [text] }
            let width = 20 + random.next(upTo: 50)
            var result: [String] = []
            var line = ""
            for word in text.split(separator: " ").map(String.init) {
                if line.isEmpty {
                    line = word
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else if let hyphen = word.firstIndex(of: "-"), chance(50) {
                    result.append(line + " " + word[...hyphen])
                    line = String(word[word.index(after: hyphen)...])
                } else {
                    result.append(line)
                    line = word
                }
            }
            result.append(line)
            return result
        }

        mutating func blank() {
            for _ in 0..<(1 + (chance(20) ? random.next(upTo: 3) : 0)) { lines.append(chance(20) ? "  " : "") }
        }

        mutating func body() -> [Block] {
            var blocks: [Block] = []
            var previousWasList = false
            for _ in 0..<(1 + random.next(upTo: 10)) {
                let kind = random.next(upTo: 8)
                if kind == 0, !previousWasList {
                    blocks += list()
                    previousWasList = true
                    continue
                }
                previousWasList = false
                switch kind {
                case 1:
                    var text = title(1 + random.next(upTo: 5)) + pick(["", "", "?", "!"])
                    if text.hasSuffix(" ") { text.removeLast() }
                    lines.append(chance(30) ? pick(["# ", "## ", "### "]) + text : text)
                    blocks.append(.heading(text))
                case 2:
                    let text = sentence(3 + random.next(upTo: 30)) + "."
                    let wrapped = wrap(text)
                    let lazy = chance(30)
                    for (index, line) in wrapped.enumerated() {
                        lines.append(index > 0 && lazy ? line : pick(["> ", ">"]) + line)
                    }
                    blocks.append(.quote(text))
                case 3:
                    lines.append(pick(["---", "***", "* * *", "___", "- - -"]))
                    blocks.append(.rule)
                case 4:
                    let text = "Note: " + sentence(3 + random.next(upTo: 20)) + "."
                    lines += wrap(text)
                    blocks.append(.note(text))
                case 6 where chance(30):
                    // CJK: no spaces, wrapped between any two characters.
                    let text = (0..<(2 + random.next(upTo: 60))).map { _ in pick(["日", "本", "語", "の", "文", "章", "は", "、", "か", "な"]) }
                        .joined() + "。"
                    var rest = Substring(text)
                    while rest.count > 12, chance(70) {
                        let cut = rest.index(rest.startIndex, offsetBy: 2 + random.next(upTo: 10))
                        lines.append(String(rest[..<cut]))
                        rest = rest[cut...]
                    }
                    lines.append(String(rest))
                    blocks.append(.paragraph(text))
                case 5:
                    let text = "https://example.com/" + sentence(1) + "/" + String(random.next(upTo: 1000))
                    lines.append(text)
                    blocks.append(.link(text))
                default:
                    let text = pick(capitalizedStart()) + " " + sentence(2 + random.next(upTo: 60)) + "."
                    lines += wrap(text)
                    blocks.append(.paragraph(text))
                }
                blank()
            }
            return blocks
        }

        mutating func capitalizedStart() -> [String] { ArticleRoundTripTests.capitalized }

        /// An introduction ending in a colon, then a list, tight or loose, maybe right under it.
        mutating func list() -> [Block] {
            let intro = pick(capitalizedStart()) + " " + sentence(2 + random.next(upTo: 10)) + ":"
            lines += wrap(intro)
            if chance(60) { blank() }
            let numbered = chance(50)
            let close = pick([".", ")"])
            let bullet = pick(["-", "*", "•"])
            let loose = chance(50)
            var items: [ListItem] = []
            for index in 1...(1 + random.next(upTo: 11)) {
                let text = sentence(1 + random.next(upTo: 25))
                let marker = numbered ? "\(index)\(close)" : bullet
                let wrapped = wrap(text)
                // Continuation lines are indented under the text, by two spaces, or (in a tight list) by a tab.
                let indent = pick([String(repeating: " ", count: marker.count + 1), "  ", loose ? "   " : "\t"])
                lines.append(marker + " " + wrapped[0])
                for line in wrapped.dropFirst() { lines.append(indent + line) }
                if loose { blank() }
                items.append(ListItem(number: numbered ? marker : nil, text: text))
            }
            if !loose { blank() }
            return [.paragraph(intro), .list(ArticleList(items: items))]
        }

        mutating func footer() -> (ArticleLink?, ArticleLink?) {
            var links: (ArticleLink?, ArticleLink?) = (nil, nil)
            for direction in [LinkDirection.previous, .next] where chance(60) {
                let text = title(1 + random.next(upTo: 8)) + pick(["", "?", ": " + title(2)])
                let label = pick([direction.label, direction.label, direction.label + ":", direction.label.lowercased()])
                lines.append(label)
                if chance(70) { lines.append(label) }
                if chance(80) { blank() }
                lines.append(text)
                blank()
                if direction == .previous { links.0 = ArticleLink(title: text) } else { links.1 = ArticleLink(title: text) }
            }
            return links
        }

        /// The article and its file's bytes.
        mutating func article() -> (Article, [UInt8]) {
            let heading = title(1 + random.next(upTo: 8))
            if chance(20) { blank() }
            lines.append(chance(20) ? "# " + heading : heading)
            blank()
            let blocks = body()
            let (previous, next) = footer()
            while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true, chance(50) { lines.removeLast() }
            let ending = pick(["\n", "\r\n"])
            var text = lines.map { chance(10) ? $0 + pick([" ", "  ", "\t"]) : $0 }.joined(separator: ending)
            if chance(50) { text += ending }
            let bom: [UInt8] = chance(20) ? [0xEF, 0xBB, 0xBF] : []
            let article = Article(id: "rt", title: heading, path: "rt.txt", blocks: blocks, previous: previous, next: next)
            return (article, bom + Array(text.utf8))
        }
    }

    @Test func randomArticlesParseBack() {
        for seed in PropertySeeds.range(default: 400) {
            var writer = Writer(random: SeededRandom(seed: seed))
            let (expected, bytes) = writer.article()
            let parsed = ParseFixture.parse(bytes: bytes, id: "rt")
            #expect(parsed == expected, "seed \(seed):\n\(String(decoding: bytes, as: UTF8.self))")
            if parsed != expected { break }
        }
    }
}
