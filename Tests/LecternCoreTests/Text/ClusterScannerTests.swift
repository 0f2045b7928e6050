import Testing
@testable import LecternCore

/// Splits `text` with ClusterScanner into (cluster text, width, class).
private func clusters(_ text: String) -> [(String, Int, BreakClass)] {
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { mutable in
        let buffer = UnsafeBufferPointer(mutable)
        var scanner = ClusterScanner(buffer, range: 0..<buffer.count)
        var result: [(String, Int, BreakClass)] = []
        var expectedStart = 0
        while let cluster = scanner.next() {
            #expect(cluster.start == expectedStart)
            expectedStart = cluster.end
            let piece = String(decoding: buffer[cluster.start..<cluster.end], as: UTF8.self)
            result.append((piece, cluster.width, cluster.breakClass))
        }
        #expect(expectedStart == buffer.count)
        return result
    }
}

private func texts(_ text: String) -> [String] { clusters(text).map(\.0) }
private func widths(_ text: String) -> [Int] { clusters(text).map(\.1) }
private func classes(_ text: String) -> [BreakClass] { clusters(text).map(\.2) }

@Suite struct ClusterScannerTests {
    @Test func asciiIsOneClusterPerByte() {
        #expect(texts("a b-c") == ["a", " ", "b", "-", "c"])
        #expect(widths("a b-c") == [1, 1, 1, 1, 1])
        #expect(classes("a b-c") == [.other, .space, .other, .hyphen, .other])
        #expect(classes("(x).") == [.opening, .other, .closing, .closing])
        #expect(texts("") == [])
    }

    @Test func scansOnlyTheGivenRange() {
        var bytes = Array("ab日本cd".utf8)
        bytes.withUnsafeMutableBufferPointer { mutable in
            var scanner = ClusterScanner(UnsafeBufferPointer(mutable), range: 2..<8)
            #expect(scanner.next() == Cluster(start: 2, end: 5, width: 2, breakClass: .ideograph))
            #expect(scanner.next() == Cluster(start: 5, end: 8, width: 2, breakClass: .ideograph))
            #expect(scanner.next() == nil)
        }
    }

    @Test func accentsPrecomposedAndDecomposed() {
        #expect(texts("café") == ["c", "a", "f", "é"])
        #expect(widths("café") == [1, 1, 1, 1])
        // e + COMBINING ACUTE: the ASCII base must not take the fast path.
        #expect(texts("cafe\u{301}!") == ["c", "a", "f", "e\u{301}", "!"])
        #expect(widths("cafe\u{301}!") == [1, 1, 1, 1, 1])
        // Several marks stack on one base.
        #expect(texts("a\u{301}\u{323}b") == ["a\u{301}\u{323}", "b"])
    }

    @Test func cjkIdeographsAndPunctuation() {
        let text = "「日本語」、テスト。"
        #expect(texts(text) == ["「", "日", "本", "語", "」", "、", "テ", "ス", "ト", "。"])
        #expect(widths(text).allSatisfy { $0 == 2 })
        #expect(classes(text) == [.opening, .ideograph, .ideograph, .ideograph, .closing, .closing,
                                  .ideograph, .ideograph, .ideograph, .closing])
        #expect(classes("（！？）") == [.opening, .closing, .closing, .closing])
        #expect(classes("\u{3000}ｱ한") == [.space, .ideograph, .ideograph])
        #expect(classes("ちょっと") == [.ideograph, .closing, .closing, .ideograph])
    }

    @Test func emojiSequences() {
        // Family: man ZWJ woman ZWJ girl; widths add up as glibc counts them.
        #expect(clusters("👨\u{200D}👩\u{200D}👧x").map(\.0) == ["👨\u{200D}👩\u{200D}👧", "x"])
        #expect(widths("👨\u{200D}👩\u{200D}👧") == [6])
        // Skin tone modifier.
        #expect(texts("👍🏽👍") == ["👍🏽", "👍"])
        #expect(widths("👍🏽") == [4])
        // Variation selector 16.
        #expect(texts("❤\u{FE0F}a") == ["❤\u{FE0F}", "a"])
        #expect(widths("❤\u{FE0F}") == [1])
        // Keycap: ASCII base, VS16, combining enclosing keycap.
        #expect(texts("1\u{FE0F}\u{20E3}2") == ["1\u{FE0F}\u{20E3}", "2"])
        #expect(classes("😀") == [.other])
    }

    @Test func flagsPairRegionalIndicators() {
        // France, Japan, then a lone indicator.
        let text = "🇫🇷🇯🇵🇩"
        #expect(texts(text) == ["🇫🇷", "🇯🇵", "🇩"])
        #expect(widths(text) == [2, 2, 1])
    }

    @Test func hangulJamoFormOneSyllable() {
        // 한 as leading + vowel + final jamo, then the precomposed syllable 글.
        let text = "\u{1112}\u{1161}\u{11AB}글"
        #expect(texts(text) == ["\u{1112}\u{1161}\u{11AB}", "글"])
        #expect(widths(text) == [2, 2])
        #expect(classes(text) == [.ideograph, .ideograph])
    }

    @Test func thaiAndDevanagariCombiningMarks() {
        // Thai: KO KAI + MAI EK (tone mark above), then SARA AA.
        #expect(texts("ก่า") == ["ก่", "า"])
        #expect(widths("ก่า") == [1, 1])
        // Devanagari: KA + VIRAMA + SSA (the virama is width 0 and joins KA).
        #expect(texts("क्ष") == ["क्", "ष"])
        #expect(widths("नमस्ते") == [1, 1, 1, 1])
        #expect(texts("नमस्ते") == ["न", "म", "स्", "ते"])
    }

    @Test func controlsAndZeroWidthSpaceStandAlone() {
        #expect(texts("a\u{200B}b") == ["a", "\u{200B}", "b"])
        #expect(classes("a\u{200B}b") == [.other, .space, .other])
        #expect(widths("a\u{200B}b") == [1, 0, 1])
        #expect(clusters("é\nx").map(\.1) == [1, 0, 1])
        #expect(classes("é\nx") == [.other, .space, .other])
        // A mark with no base (start of text, after a space) is a cluster of its own.
        #expect(texts("\u{301}a \u{301}") == ["\u{301}", "a", " ", "\u{301}"])
        // ZWJ does not swallow a following space.
        #expect(texts("a\u{200D} b") == ["a\u{200D}", " ", "b"])
    }

    @Test func dashesAndSpacesOutsideASCII() {
        #expect(classes("a\u{2014}b\u{2013}c\u{00A0}d") == [.other, .hyphen, .other, .hyphen, .other, .other, .other])
    }

    @Test func widthsAlwaysSumToDisplayWidth() {
        let samples = ["Ketamine – “trauma” 🇫🇷 日本語 नमस्ते ก่า 👨\u{200D}👩\u{200D}👧", "e\u{301}\u{302}x", "🇫🇷🇯"]
        for sample in samples {
            #expect(widths(sample).reduce(0, +) == DisplayWidth.of(sample))
            #expect(texts(sample).joined() == sample)
        }
    }
}
