import Testing
@testable import LecternCore

/// Ideographs, combining marks and emoji: columns, not characters, decide where lines break.
@Suite struct WideTextLayoutTests {
    @Test func ideographsBreakBetweenEachOther() {
        LayoutCheck.assertLayout(paragraph: "日本語の文章は空白を使わない", width: 10, [
            "日本語の文", "章は空白を", "使わない",
        ])
    }

    @Test func neverBeforeAClosingFullStop() {
        // "こ。" stays together: the line before gives up its last ideograph.
        LayoutCheck.assertLayout(paragraph: "あいうえおかきくけこ。さしすせそ", width: 10, [
            "あいうえお", "かきくけ", "こ。さしす", "せそ",
        ])
    }

    @Test func neverBeforeAFullwidthComma() {
        LayoutCheck.assertLayout(paragraph: "一二三四，五六", width: 8, ["一二三", "四，五六"])
    }

    @Test func neverAfterAnOpeningBracket() {
        LayoutCheck.assertLayout(paragraph: "一二三「四五」", width: 8, ["一二三", "「四五」"])
    }

    @Test func oddWidthLeavesAColumnFree() {
        LayoutCheck.assertLayout(paragraph: "漢字漢字漢字", width: 9, ["漢字漢字", "漢字"])
    }

    @Test func mixedLatinAndIdeographs() {
        LayoutCheck.assertLayout(paragraph: "Tokyo 東京都は日本の首都 capital", width: 12, [
            "Tokyo 東京都", "は日本の首都", "capital",
        ])
    }

    @Test func combiningMarksTakeNoColumnAndStayWithTheirLetter() {
        let word = String(repeating: "q\u{301}", count: 12)  // no precomposed form: stays two scalars
        let document = LayoutCheck.paragraph("ab " + word)
        LayoutCheck.assertLayout(document, width: 8, [
            "ab",
            String(repeating: "q\u{301}", count: 8),
            String(repeating: "q\u{301}", count: 4),
        ])
        let layout = ArticleLayout(document, width: 8)
        for line in layout.lines {
            let first = line.text(in: document.passages).unicodeScalars.first
            #expect(first != "\u{301}", "a line starts with a combining mark")
        }
    }

    @Test func emojiAreTwoColumns() {
        LayoutCheck.assertLayout(paragraph: "😀😀😀😀😀 ok", width: 8, ["😀😀😀😀", "😀 ok"])
    }

    @Test func accentedWordsFillByColumns() {
        LayoutCheck.assertLayout(paragraph: "Été à Paris, où l'on réfléchit", width: 12, [
            "Été à Paris,", "où l'on", "réfléchit",
        ])
    }
}
