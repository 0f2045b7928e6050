import Testing
@testable import LecternCore

/// Exports lose heading markup: a heading is a short standalone line that does not read like a
/// sentence. Markdown `#` marks are honoured too.
@Suite struct HeadingTests {
    @Test(arguments: [
        "The Challenge of Traumatic Memories",
        "A New Frontier: Ketamine-Assisted Therapy",
        "What Happens When We Remember?",
        "Hope at Last!",
        "2024 in Review",
        "Été à Paris",
    ])
    func shortStandaloneLinesAreHeadings(line: String) {
        #expect(ParseFixture.blocks("Intro.\n\n\(line)\n\nBody.") == [.paragraph("Intro."), .heading(line), .paragraph("Body.")])
    }

    @Test(arguments: [
        "Here's how it works.",
        "It may help:",
        "\"Quoted words stand alone\"",
        "“Curly quoted words”",
        "‘Single quoted’",
        "(An aside in parentheses)",
        "lowercase lines are sentences",
        "One, two; three…",
    ])
    func oneLineParagraphsThatAreNotHeadings(line: String) {
        #expect(ParseFixture.blocks("Intro.\n\n\(line)\n\nBody.") == [.paragraph("Intro."), .paragraph(line), .paragraph("Body.")])
    }

    @Test func longLinesAreNotHeadings() {
        let line = "This Line Has Far Too Many Words To Be A Heading Even Though It Has No Closing Punctuation At All"
        #expect(ParseFixture.blocks(line) == [.paragraph(line)])
    }

    @Test func wrappedTwoLineParagraphIsNotAHeading() {
        #expect(ParseFixture.blocks("Short Line\nAnother Short Line") == [.paragraph("Short Line Another Short Line")])
    }

    @Test(arguments: [
        ("# Heading One", "Heading One"),
        ("## Heading Two", "Heading Two"),
        ("###### Six Deep", "Six Deep"),
        ("## Closed Heading ##", "Closed Heading"),
        ("##   Extra   Spaces  ", "Extra Spaces"),
        ("## Ends with a period.", "Ends with a period."),
        ("## lowercase but marked", "lowercase but marked"),
    ])
    func markdownHeadings(line: String, text: String) {
        #expect(ParseFixture.blocks("Intro.\n\n\(line)\n\nBody.") == [.paragraph("Intro."), .heading(text), .paragraph("Body.")])
    }

    @Test func markdownHeadingWithoutBlankLinesAround() {
        #expect(ParseFixture.blocks("Intro text.\n## Section\nBody text.") == [
            .paragraph("Intro text."), .heading("Section"), .paragraph("Body text."),
        ])
    }

    @Test func hashesWithoutASpaceAreText() {
        #expect(ParseFixture.blocks("#hashtag\n\n####### Seven") == [.paragraph("#hashtag"), .paragraph("####### Seven")])
    }

    @Test func markdownTitleLosesItsMarks() {
        let article = ParseFixture.parse("# The Title\n\nBody.")
        #expect(article.title == "The Title")
        #expect(article.blocks == [.paragraph("Body.")])
        #expect(ParseFixture.parse("## Second Level Title ##\n").title == "Second Level Title")
    }

    @Test func titleIsTheFirstLineWhateverItLooksLike() {
        #expect(ParseFixture.parse("It may help: a title ending in a period.\n\nBody.").title
            == "It may help: a title ending in a period.")
    }
}

extension HeadingTests {
    /// Judgement: an emoji may lead a heading, as long as words follow it.
    @Test func emojiLedHeading() {
        #expect(ParseFixture.blocks("Intro.\n\n🌱 New Beginnings\n\nBody.") == [
            .paragraph("Intro."), .heading("🌱 New Beginnings"), .paragraph("Body."),
        ])
        #expect(ParseFixture.blocks("Intro.\n\n🎉🎉🎉\n\nBody.") == [.paragraph("Intro."), .paragraph("🎉🎉🎉"), .paragraph("Body.")])
    }

    @Test func headingDirectlyAboveAList() {
        #expect(ParseFixture.blocks("Benefits\n- Rest\n- Time") == [
            .heading("Benefits"), .list(ArticleList(items: [ListItem(text: "Rest"), ListItem(text: "Time")])),
        ])
        #expect(ParseFixture.blocks("Steps\n1. Breathe\n2. Wait") == [
            .heading("Steps"),
            .list(ArticleList(items: [ListItem(number: "1.", text: "Breathe"), ListItem(number: "2.", text: "Wait")])),
        ])
    }
}
