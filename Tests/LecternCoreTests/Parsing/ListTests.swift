import Testing
@testable import LecternCore

private func bullets(_ texts: String...) -> [ListItem] { texts.map { ListItem(text: $0) } }

/// List items marked `- `, `* `, `• `, `1. ` or `1) `, with or without blank lines between them.
@Suite struct ListTests {
    @Test(arguments: ["-", "*", "•"])
    func bulletMarkers(marker: String) {
        let tight = "\(marker) Rest\n\(marker) Patience\n\(marker) Time"
        let loose = "\(marker) Rest\n\n\(marker) Patience\n\n\(marker) Time"
        #expect(ParseFixture.listItems(tight) == bullets("Rest", "Patience", "Time"))
        #expect(ParseFixture.listItems(loose) == bullets("Rest", "Patience", "Time"))
    }

    @Test func numberedWithPeriods() {
        #expect(ParseFixture.listItems("1. First\n2. Second\n3. Third") == [
            ListItem(number: "1.", text: "First"), ListItem(number: "2.", text: "Second"),
            ListItem(number: "3.", text: "Third"),
        ])
    }

    @Test func numberedWithParenthesesAndBlankLines() {
        #expect(ParseFixture.listItems("1) First\n\n2) Second\n\n\n10) Tenth") == [
            ListItem(number: "1)", text: "First"), ListItem(number: "2)", text: "Second"),
            ListItem(number: "10)", text: "Tenth"),
        ])
    }

    @Test func itemWrapsOntoIndentedLines() {
        let body = "- The first item wraps\n  onto a second line\n  and a third.\n- The second does not."
        #expect(ParseFixture.listItems(body) == bullets(
            "The first item wraps onto a second line and a third.", "The second does not."))
    }

    @Test func itemWrapsInALooseList() {
        let body = "1. First item\n   continued here.\n\n2. Second item\n   continued too."
        #expect(ParseFixture.listItems(body) == [
            ListItem(number: "1.", text: "First item continued here."),
            ListItem(number: "2.", text: "Second item continued too."),
        ])
    }

    @Test func indentedParagraphAfterABlankLineStaysInTheItem() {
        let body = "- First item.\n\n  More about the first item.\n- Second item."
        #expect(ParseFixture.listItems(body) == [
            ListItem(paragraphs: ["First item.", "More about the first item."]), ListItem(text: "Second item."),
        ])
    }

    @Test func listDirectlyUnderItsIntroduction() {
        #expect(ParseFixture.blocks("It may help:\n- Rest\n- Patience") == [
            .paragraph("It may help:"), .list(ArticleList(items: bullets("Rest", "Patience"))),
        ])
    }

    @Test func numberedListDirectlyUnderItsIntroduction() {
        #expect(ParseFixture.blocks("Steps to take:\n1. Breathe\n2. Wait") == [
            .paragraph("Steps to take:"),
            .list(ArticleList(items: [ListItem(number: "1.", text: "Breathe"), ListItem(number: "2.", text: "Wait")])),
        ])
    }

    @Test func unindentedTextAfterABlankLineEndsTheList() {
        #expect(ParseFixture.blocks("- Rest\n- Patience\n\nThis approach may help.") == [
            .list(ArticleList(items: bullets("Rest", "Patience"))),
            .paragraph("This approach may help."),
        ])
    }

    @Test func aNumberWrappedToTheStartOfALineIsNotAList() {
        // A hard wrap can leave a number at the start of a line; without a colon before it, it is text.
        #expect(ParseFixture.blocks("The study followed patients for\n12. months later they were well.") == [
            .paragraph("The study followed patients for 12. months later they were well."),
        ])
    }

    @Test func markersNeedASpaceAfterThem() {
        #expect(ParseFixture.blocks("-not a list item\n\n*emphasis* maybe") == [
            .paragraph("-not a list item"), .paragraph("*emphasis* maybe"),
        ])
    }

    @Test func twoListsSeparatedByAParagraph() {
        let blocks = ParseFixture.blocks("- a\n- b\n\nThen:\n\n1. c\n2. d")
        #expect(blocks == [
            .list(ArticleList(items: bullets("a", "b"))),
            .paragraph("Then:"),
            .list(ArticleList(items: [ListItem(number: "1.", text: "c"), ListItem(number: "2.", text: "d")])),
        ])
    }

    @Test func seedStyleListWithBlankLines() {
        let body = "The research shows that it may help:\n\n- Reduce the intensity of memories\n\n- Decrease avoidance behaviors\n\nThis is promising."
        #expect(ParseFixture.blocks(body) == [
            .paragraph("The research shows that it may help:"),
            .list(ArticleList(items: bullets("Reduce the intensity of memories", "Decrease avoidance behaviors"))),
            .paragraph("This is promising."),
        ])
    }
}

extension ListTests {
    /// Judgement: a numbered line after a finished sentence starts a list even without a colon.
    @Test func numberedListDirectlyAfterASentence() {
        #expect(ParseFixture.blocks("Here are the steps.\n1. Breathe\n2. Wait") == [
            .paragraph("Here are the steps."),
            .list(ArticleList(items: [ListItem(number: "1.", text: "Breathe"), ListItem(number: "2.", text: "Wait")])),
        ])
    }
}

extension ListTests {
    @Test func wrappedNumberAfterAHeadingLikeLineIsText() {
        #expect(ParseFixture.blocks("The Study Followed Patients For\n12. Months later they were well.") == [
            .paragraph("The Study Followed Patients For 12. Months later they were well."),
        ])
    }
}

extension ListTests {
    /// Judgement: a typographic bullet needs no space after it; "-" and "*" do ("-5", "*emphasis*").
    @Test func typographicBulletWithoutASpace() {
        #expect(ParseFixture.listItems("•Rest\n•Patience") == [ListItem(text: "Rest"), ListItem(text: "Patience")])
    }
}
