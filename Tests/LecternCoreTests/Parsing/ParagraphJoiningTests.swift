import Testing
@testable import LecternCore

/// Hard-wrapped paragraphs are reflowed: consecutive lines join with one space, except where
/// the wrap split a hyphenated word or ran between ideographs.
@Suite struct ParagraphJoiningTests {
    @Test func oneLongLineStaysAsIs() {
        let line = "Trauma can be one of life's most profound teachers, and a long line stays one paragraph."
        #expect(ParseFixture.blocks(line) == [.paragraph(line)])
    }

    @Test func wrappedLinesJoinWithSingleSpaces() {
        let body = "Consecutive lines of text\nbelong to one paragraph   \n   and are reflowed\ntogether."
        #expect(ParseFixture.blocks(body) == [
            .paragraph("Consecutive lines of text belong to one paragraph and are reflowed together."),
        ])
    }

    @Test func crlfWrappedParagraph() {
        #expect(ParseFixture.blocks("One line\r\nand another.\r\n\r\nSecond one.\r\n") == [
            .paragraph("One line and another."), .paragraph("Second one."),
        ])
    }

    @Test func hyphenatedWrapJoinsTheWord() {
        #expect(ParseFixture.blocks("Practising self-\ncare every day.") == [.paragraph("Practising self-care every day.")])
    }

    @Test func dashBetweenSpacesAtALineEndKeepsItsSpace() {
        #expect(ParseFixture.blocks("It works -\nmostly.") == [.paragraph("It works - mostly.")])
    }

    /// Judgement: a wrapper only breaks after a hyphen that was in the text, so a word hyphenated
    /// at a line end joins whatever its second half starts with (a capital, a digit).
    @Test func hyphenatedWrapJoinsBeforeCapitalsAndDigits() {
        #expect(ParseFixture.blocks("A pre-\nCovid study.") == [.paragraph("A pre-Covid study.")])
        #expect(ParseFixture.blocks("During COVID-\n19 lockdowns.") == [.paragraph("During COVID-19 lockdowns.")])
    }

    @Test func cjkLinesJoinWithoutASpace() {
        #expect(ParseFixture.blocks("日本語の文章は\n空白を使わない。\n改行も同じ。") == [
            .paragraph("日本語の文章は空白を使わない。改行も同じ。"),
        ])
    }

    @Test func cjkAfterLatinKeepsTheSpace() {
        #expect(ParseFixture.blocks("The word is\n漢字 in Japanese.") == [.paragraph("The word is 漢字 in Japanese.")])
    }

    @Test func blankLineSeparatesParagraphs() {
        #expect(ParseFixture.blocks("First.\n\nSecond.\n \nThird.") == [
            .paragraph("First."), .paragraph("Second."), .paragraph("Third."),
        ])
    }

    @Test func paragraphOpeningWithAQuotationIsAParagraph() {
        let line = "\"The paradox of trauma is that it has both the power to destroy,\" writes Levine."
        #expect(ParseFixture.blocks(line) == [.paragraph(line)])
    }

    @Test func accentedAndDecomposedTextIsNFC() {
        // "é" written as e + combining acute comes out precomposed, as the model promises.
        #expect(ParseFixture.blocks("Cafe\u{301} au lait.") == [.paragraph("Caf\u{E9} au lait.")])
    }
}

extension ParagraphJoiningTests {
    @Test func hyphenatedNumberRangeJoins() {
        #expect(ParseFixture.blocks("Between 1990-\n2000 it grew.") == [.paragraph("Between 1990-2000 it grew.")])
    }

    @Test func emojiAtALineEndKeepsTheSpace() {
        // Emoji are wide like ideographs but sit between spaced words.
        #expect(ParseFixture.blocks("Good news 🎉\n🎉 for everyone.") == [.paragraph("Good news 🎉 🎉 for everyone.")])
    }

    @Test func cjkPunctuationAtALineEndJoins() {
        #expect(ParseFixture.blocks("これは文です。\n「引用」です。") == [.paragraph("これは文です。「引用」です。")])
    }
}
