import LecternTestSupport
import Testing
@testable import LecternCore

/// The clusters of `text` as ClusterScanner cuts them, with a width limit when given.
private func clusterTexts(_ text: String, widthLimit: Int = .max) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
        var scanner = ClusterScanner(bytes, range: 0..<bytes.count, widthLimit: widthLimit)
        var pieces: [String] = []
        while let cluster = scanner.next() { pieces.append(String(decoding: bytes[cluster.start..<cluster.end], as: UTF8.self)) }
        return pieces
    }
}

/// Each line of a one-paragraph layout at `width`, with the layout's own width.
private func laidOut(_ text: String, width: Int) -> (lines: [String], width: Int) {
    let document = LayoutCheck.paragraph(text)
    let layout = ArticleLayout(document, width: width)
    return (layout.lines.map { $0.prefix + $0.text(in: document.passages) }, layout.width)
}

/// The text but for white space and ZERO WIDTH SPACE, which a line break may take.
private func ink<S: StringProtocol>(_ text: S) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200B}" }))
}

private let zwj = "\u{200D}"
private let mediumSkinTone = "\u{1F3FD}"

/// Issue 10: a single cluster could be wider than the text column, and the reader clipped it.
@Suite struct WideClusterTests {
    @Test func aSecondSkinToneStartsAnEmojiOfItsOwn() {
        let text = "👍" + String(repeating: mediumSkinTone, count: 4)
        #expect(clusterTexts(text) == ["👍" + mediumSkinTone, mediumSkinTone, mediumSkinTone, mediumSkinTone])
        let (lines, width) = laidOut(text, width: 8)
        #expect(width == 8)
        #expect(lines == ["👍" + String(repeating: mediumSkinTone, count: 3), mediumSkinTone])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
    }

    @Test func zwjJoinsOnlyEmoji() {
        let letters = (0..<43).map { _ in "x" }.joined(separator: zwj)
        #expect(clusterTexts(letters).count == 43)
        #expect(clusterTexts("a\(zwj)b") == ["a\(zwj)", "b"])
        #expect(clusterTexts("日\(zwj)本") == ["日\(zwj)", "本"])
        // Emoji ZWJ sequences stay whole: a family, a rainbow flag.
        #expect(clusterTexts("👨\(zwj)👩\(zwj)👧 🏳\u{FE0F}\(zwj)🌈") == ["👨\(zwj)👩\(zwj)👧", " ", "🏳\u{FE0F}\(zwj)🌈"])
        let (lines, width) = laidOut(letters, width: 40)
        #expect(width == 40)
        #expect(lines.map { DisplayWidth.of($0) } == [40, 3])
        #expect(lines.joined() == letters)
    }

    @Test func anEmojiSequenceWiderThanTheColumnIsCutBetweenEmoji() {
        let family = Array(repeating: "👨", count: 10).joined(separator: zwj)  // 20 columns as glibc counts
        #expect(clusterTexts(family) == [family])
        #expect(clusterTexts(family, widthLimit: 8).map { DisplayWidth.of($0) } == [8, 8, 4])
        let (lines, _) = laidOut("a " + family + " b", width: 8)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
        #expect(LayoutCheck.ink(lines.joined()) == LayoutCheck.ink("a" + family + "b"))
        // The joiner stays with the emoji before it, so no line starts with one.
        #expect(lines.allSatisfy { !$0.hasPrefix(zwj) })
    }

    @Test func searchAndLayoutAgreeOnBoundaries() {
        #expect(SearchQuery("a")?.ranges(in: "a\(zwj)b") == [])
        #expect(SearchQuery("b")?.ranges(in: "a\(zwj)b") == [4..<5])
        #expect(SearchQuery("👍")?.ranges(in: "👍🏽🏽") == [])
        #expect(SearchQuery("👍🏽")?.ranges(in: "👍🏽🏽") == [0..<8])
        #expect(SearchQuery("🇫")?.ranges(in: "🇫🇷") == [])
    }

    /// Every offset of random text: `isBoundary` says what the scanner does.
    @Test func isBoundaryMatchesTheScanner() {
        for seed in PropertySeeds.range(default: 300) {
            var random = SeededRandom(seed: seed)
            var text = Self.randomText(&random, length: random.next(upTo: 60))
            let mismatch = text.withUTF8 { bytes -> Int? in
                var scanner = ClusterScanner(bytes, range: 0..<bytes.count)
                var ends: Set<Int> = [0]
                while let cluster = scanner.next() { ends.insert(cluster.end) }
                return (0...bytes.count).first { offset in
                    let onScalar = offset == bytes.count || bytes[offset] & 0xC0 != 0x80
                    return onScalar && ClusterScanner.isBoundary(in: bytes, at: offset) != ends.contains(offset)
                }
            }
            #expect(mismatch == nil, "seed \(seed): \(text.debugDescription) at \(mismatch ?? -1)")
            if mismatch != nil { break }
        }
    }

    /// Random scalars with many joiners, skin tones, marks, flags and CJK, at every width:
    /// every line fits, and the text comes out whole and in order.
    @Test func everyLineFitsAnyText() {
        for seed in PropertySeeds.range(default: 400) {
            var random = SeededRandom(seed: seed)
            let text = Self.randomText(&random, length: 1 + random.next(upTo: 120))
            let requested = 1 + random.next(upTo: 200)
            let document = LayoutCheck.paragraph(text)
            let layout = ArticleLayout(document, width: requested)
            var problems: [String] = []
            var shown = ""
            for line in layout.lines {
                let lineText = line.text(in: document.passages)
                let width = DisplayWidth.of(line.prefix) + DisplayWidth.of(lineText)
                if width > layout.width { problems.append("\(lineText.debugDescription) is \(width) columns") }
                shown += lineText
            }
            if ink(shown) != ink(text) { problems.append("text lost: \(shown.debugDescription)") }
            // The line breaker itself, at widths from the minimum up.
            let width = max(LayoutMetrics.minimumWidth, requested)
            let lines = LineBreaker.lines(of: text, width: width).map { text.utf8Slice($0) }
            if let wide = lines.first(where: { DisplayWidth.of($0) > width }) { problems.append("breaker: \(wide.debugDescription)") }
            if ink(lines.joined()) != ink(text) { problems.append("breaker lost text") }
            #expect(problems.isEmpty, "seed \(seed), width \(requested), \(text.debugDescription): \(problems)")
            if !problems.isEmpty { break }
        }
    }

    static let pieces: [String] = [
        "a", "Z", "7", " ", " ", "é", "e", "\u{301}", "\u{323}", zwj, zwj, zwj, "\u{FE0F}", "\u{200C}",
        mediumSkinTone, "\u{1F3FB}", "👍", "👨", "👩", "😀", "🏳", "🌈", "❤", "🇫", "🇷",
        "日", "本", "。", "「", "한", "\u{1100}", "\u{1161}", "\u{11AB}", "-", "—", "ก", "\u{0E48}", "\u{200B}", "\u{A0}",
    ]

    static func randomText(_ random: inout SeededRandom, length: Int) -> String {
        (0..<length).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
    }
}
