import Testing
@testable import LecternCore

/// Prefixes and rules: the title and heading underlines, list markers with hanging indents,
/// quote bars, rules and footer labels.
@Suite struct DecorationLayoutTests {
    @Test func titleAndHeadingUnderlines() {
        LayoutCheck.assertLayout(LayoutCheck.article("Title\n\nIntro.\n\nA Heading Here\n\nBody."), width: 40, [
            "Title",
            "═════",
            "",
            "Intro.",
            "",
            "A Heading Here",
            "──────────────",
            "Body.",
        ])
    }

    @Test func wrappedHeadingIsUnderlinedToItsWidestLine() {
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\nWhat Happens When We Remember?\n\nBody."), width: 16, [
            "T",
            "═",
            "",
            "What Happens",
            "When We",
            "Remember?",
            "────────────",
            "Body.",
        ])
    }

    @Test func wideTitleUnderlineCountsColumns() {
        LayoutCheck.assertLayout(LayoutCheck.article("日本の記事\n\n本文。"), width: 40, [
            "日本の記事", "══════════", "", "本文。",
        ])
    }

    @Test func bulletListWithHangingIndent() {
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\n- A long item text that wraps\n- Short\n\nAfter."), width: 20, [
            "T",
            "═",
            "",
            "  • A long item text",
            "    that wraps",
            "  • Short",
            "",
            "After.",
        ])
    }

    @Test func numbersAreRightAligned() {
        let items = (1...10).map { "\($0). Item \($0)" }.joined(separator: "\n")
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\n" + items), width: 30, [
            "T", "═", "",
            "   1. Item 1", "   2. Item 2", "   3. Item 3", "   4. Item 4", "   5. Item 5",
            "   6. Item 6", "   7. Item 7", "   8. Item 8", "   9. Item 9", "  10. Item 10",
        ])
    }

    @Test func numberedItemWrapsUnderItsText() {
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\n9) Nine is a long item here\n10) Ten"), width: 18, [
            "T", "═", "",
            "   9) Nine is a",
            "      long item",
            "      here",
            "  10) Ten",
        ])
    }

    @Test func quoteBarOnEveryLine() {
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\n> A quotation that wraps over lines."), width: 20, [
            "T", "═", "",
            "  │ A quotation",
            "  │ that wraps over",
            "  │ lines.",
        ])
    }

    @Test func ruleSpansTheWidth() {
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\nBefore.\n\n---\n\nAfter."), width: 12, [
            "T", "═", "", "Before.", "", "────────────", "", "After.",
        ])
    }

    @Test func noteAndLink() {
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\nNote: read this.\n\nhttps://example.com/a"), width: 30, [
            "T", "═", "", "Note: read this.", "", "https://example.com/a",
        ])
    }

    @Test func footerLabels() {
        let text = "T\n\nBody.\n\nPrevious\nPrevious\n\nThe Article Before\n\nNext\nNext\n\nThe Article After"
        LayoutCheck.assertLayout(LayoutCheck.article(text), width: 40, [
            "T", "═", "", "Body.", "",
            "Previous: The Article Before",
            "Next:     The Article After",
        ])
    }

    @Test func footerTitleWrapsUnderItself() {
        let text = "T\n\nBody.\n\nNext\n\nKetamine for PTSD: A New Hope for Healing?"
        LayoutCheck.assertLayout(LayoutCheck.article(text), width: 30, [
            "T", "═", "", "Body.", "",
            "Next:     Ketamine for PTSD:",
            "          A New Hope for",
            "          Healing?",
        ])
    }

    /// Judgement: below 18 columns "Previous: " would leave too little room: labels go on lines of their own.
    @Test func footerAtANarrowWidth() {
        let text = "T\n\nBody.\n\nPrevious\n\nBefore\n\nNext\n\nThe Article After"
        LayoutCheck.assertLayout(LayoutCheck.article(text), width: 8, [
            "T", "═", "", "Body.", "",
            "Previous",
            "Before",
            "Next",
            "The",
            "Article",
            "After",
        ])
        LayoutCheck.assertLayout(LayoutCheck.article(text), width: 12, [
            "T", "═", "", "Body.", "",
            "Previous:",
            "Before",
            "Next:",
            "The Article",
            "After",
        ])
    }

    @Test func narrowListKeepsItsTextInTheLine() {
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\n100. abcdef"), width: 8, [
            "T", "═", "", "100. abc", "     def",
        ])
    }
}

extension DecorationLayoutTests {
    /// Judgement: a cluster wider than the room beside a marker takes a line of its own.
    @Test func emojiSequenceWiderThanTheRoomBesideAMarker() {
        // glibc counts 👍 and its skin tone 2 columns each: 4 columns, one cluster.
        LayoutCheck.assertLayout(LayoutCheck.article("T\n\n997. 👍🏽👍🏽 ok"), width: 8, [
            "T", "═", "", "997.", "👍🏽", "👍🏽", "     ok",
        ])
    }
}

extension DecorationLayoutTests {
    @Test func footerLabelStaysBesideItsTitleFrom18Columns() {
        let text = "T\n\nBody.\n\nNext\n\nThe Article After"
        LayoutCheck.assertLayout(LayoutCheck.article(text), width: 18, [
            "T", "═", "", "Body.", "", "Next:     The", "          Article", "          After",
        ])
        LayoutCheck.assertLayout(LayoutCheck.article(text), width: 17, [
            "T", "═", "", "Body.", "", "Next:", "The Article After",
        ])
    }
}
