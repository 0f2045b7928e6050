import Testing
@testable import LecternCore

/// Block quotes marked with `> `; quotations written as plain paragraphs stay paragraphs.
@Suite struct QuoteTests {
    @Test func singleLineQuote() {
        #expect(ParseFixture.blocks("> Trauma is not what happens to you.") == [.quote("Trauma is not what happens to you.")])
    }

    @Test func multiLineQuoteJoins() {
        #expect(ParseFixture.blocks("> The paradox of trauma\n> is that it can transform.\n>   Levine") == [
            .quote("The paradox of trauma is that it can transform. Levine"),
        ])
    }

    @Test func lazyContinuationStaysInTheQuote() {
        #expect(ParseFixture.blocks("> The paradox of trauma\nis that it can transform.\n\nAfter.") == [
            .quote("The paradox of trauma is that it can transform."), .paragraph("After."),
        ])
    }

    @Test func markerWithoutASpace() {
        #expect(ParseFixture.blocks(">Tight quote.") == [.quote("Tight quote.")])
    }

    @Test func loneMarkerSeparatesQuotedParagraphs() {
        #expect(ParseFixture.blocks("> First part.\n>\n> Second part.") == [.quote("First part."), .quote("Second part.")])
    }

    @Test func quoteDirectlyAfterAParagraph() {
        #expect(ParseFixture.blocks("As Levine writes:\n> Trauma can transform.\n\nBody.") == [
            .paragraph("As Levine writes:"), .quote("Trauma can transform."), .paragraph("Body."),
        ])
    }

    @Test func indentedQuoteMarker() {
        #expect(ParseFixture.blocks("  > Indented quote.") == [.quote("Indented quote.")])
    }

    @Test func quotationParagraphIsNotABlockQuote() {
        let line = "\"The paradox of trauma,\" writes Levine."
        #expect(ParseFixture.blocks(line) == [.paragraph(line)])
    }
}
