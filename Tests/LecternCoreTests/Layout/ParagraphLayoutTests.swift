import Testing
@testable import LecternCore

/// Plain paragraphs are set with the least raggedness at any width and reflow to themselves.
@Suite struct ParagraphLayoutTests {
    static let text = "Trauma can be one of life's most profound teachers. Through our wounds, we often develop "
        + "deeper empathy, resilience, and understanding of both ourselves and others."

    @Test func width20() {
        LayoutCheck.assertLayout(paragraph: Self.text, width: 20, [
            "Trauma can be one of",
            "life's most profound",
            "teachers. Through",
            "our wounds, we often",
            "develop deeper",
            "empathy, resilience,",
            "and understanding of",
            "both ourselves and",
            "others.",
        ])
    }

    @Test func width40() {
        LayoutCheck.assertLayout(paragraph: Self.text, width: 40, [
            "Trauma can be one of life's most",
            "profound teachers. Through our wounds,",
            "we often develop deeper empathy,",
            "resilience, and understanding of both",
            "ourselves and others.",
        ])
    }

    @Test func width76() {
        LayoutCheck.assertLayout(paragraph: Self.text, width: 76, [
            "Trauma can be one of life's most profound teachers. Through our wounds,",
            "we often develop deeper empathy, resilience, and understanding of both",
            "ourselves and others.",
        ])
    }

    @Test func wordExactlyAsWideAsTheLine() {
        LayoutCheck.assertLayout(paragraph: "abcdefgh ijklmnop qr", width: 8, ["abcdefgh", "ijklmnop", "qr"])
    }

    @Test func narrowerThanTheMinimumIsSetAtTheMinimum() {
        let layout = ArticleLayout(LayoutCheck.paragraph("one two three"), width: 3)
        #expect(layout.width == LayoutMetrics.minimumWidth)
        LayoutCheck.assertLayout(paragraph: "one two three", width: 3, ["one two", "three"])
    }

    @Test func longWordIsHardBroken() {
        LayoutCheck.assertLayout(paragraph: "A Pneumonoultramicroscopicsilicovolcanoconiosis case.", width: 20, [
            "A",
            "Pneumonoultramicrosc",
            "opicsilicovolcanocon",
            "iosis case.",
        ])
    }

    @Test func urlLongerThanTheWidthIsBrokenToFit() {
        LayoutCheck.assertLayout(paragraph: "See https://example.com/averyveryverylongpathsegmentwithoutbreaks now.", width: 20, [
            "See",
            "https://example.com/",
            "averyveryverylongpat",
            "hsegmentwithoutbreak",
            "s now.",
        ])
    }

    @Test func hyphenatedWordBreaksAfterItsHyphen() {
        LayoutCheck.assertLayout(paragraph: "a well-known fact", width: 8, ["a well-", "known", "fact"])
        LayoutCheck.assertLayout(paragraph: "Ketamine-assisted therapy", width: 12, ["Ketamine-", "assisted", "therapy"])
    }

    @Test func dashBetweenSpacesEndsItsLine() {
        LayoutCheck.assertLayout(paragraph: "one two - three", width: 9, ["one two -", "three"])
    }

    /// Judgement: ASCII punctuation inside a word or number ("3.14", "e.g.", "10:30") is not a break.
    @Test func punctuationInsideANumberIsNotABreak() {
        LayoutCheck.assertLayout(paragraph: "the value is 3.14159", width: 15, ["the value is", "3.14159"])
        LayoutCheck.assertLayout(paragraph: "it costs $1,000,000", width: 14, ["it costs", "$1,000,000"])
        LayoutCheck.assertLayout(paragraph: "meet at 10:30am", width: 12, ["meet at", "10:30am"])
    }

    /// Judgement: an ASCII parenthesis glued to a word ("word(s)") is not a break.
    @Test func parenthesisGluedToAWordIsNotABreak() {
        LayoutCheck.assertLayout(paragraph: "the patient(s) said", width: 13, ["the", "patient(s)", "said"])
    }

    @Test func breakAfterAClosingParenthesisFollowedBySpace() {
        LayoutCheck.assertLayout(paragraph: "one (two) three", width: 10, ["one (two)", "three"])
    }

    @Test func spacesAtTheBreakAreDropped() {
        let document = LayoutCheck.paragraph("one   two")
        let layout = ArticleLayout(document, width: 8)
        #expect(layout.lines.map { $0.text(in: document.passages) } == ["one", "two"])
    }

    @Test func emptyParagraphMakesNoText() {
        let layout = ArticleLayout(LayoutCheck.paragraph(""), width: 20)
        #expect(layout.lines.allSatisfy { $0.span == nil })
    }
}
