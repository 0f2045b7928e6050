import Testing
@testable import LecternCore

/// An item followed, after a blank line, by lines indented under its text: later paragraphs of
/// the same item (as in licence texts: "1. Definitions." and then one paragraph per term).
@Suite struct ListParagraphTests {
    @Test func spaceIndentedParagraphsStayInTheItem() {
        let body = "   1. Definitions.\n\n      \"License\" shall mean the terms\n      and conditions.\n\n"
            + "      \"Licensor\" shall mean the owner.\n\n   2. Grant of Copyright License."
        #expect(ParseFixture.listItems(body) == [
            ListItem(number: "1.", paragraphs: [
                "Definitions.", "\"License\" shall mean the terms and conditions.", "\"Licensor\" shall mean the owner.",
            ]),
            ListItem(number: "2.", text: "Grant of Copyright License."),
        ])
    }

    @Test func tabIndentedParagraphStaysInTheItem() {
        let body = "- Rest\n\n\tSleep helps the brain\n\tsettle memories.\n- Patience"
        #expect(ParseFixture.listItems(body) == [
            ListItem(paragraphs: ["Rest", "Sleep helps the brain settle memories."]), ListItem(text: "Patience"),
        ])
    }

    @Test func unindentedTextAfterTheItemsParagraphEndsTheList() {
        #expect(ParseFixture.blocks("- Rest\n\n  More on rest.\n\nThis approach may help.") == [
            .list(ArticleList(items: [ListItem(paragraphs: ["Rest", "More on rest."])])),
            .paragraph("This approach may help."),
        ])
    }

    @Test func textIndentedOnlyAsFarAsTheMarkerEndsTheList() {
        // "END OF TERMS" is indented like the items' numbers, not under their text.
        #expect(ParseFixture.blocks("   9. Accepting Warranty.\n\n   END OF TERMS AND CONDITIONS") == [
            .list(ArticleList(items: [ListItem(number: "9.", text: "Accepting Warranty.")])),
            .heading("END OF TERMS AND CONDITIONS"),
        ])
    }

    @Test func paragraphsOfAnItemAreSetUnderItsText() {
        let document = LayoutCheck.article("T\n\nIt may help:\n\n1. Rest\n\n   Sleep helps the brain settle memories.\n2. Wait\n\nAfter.")
        LayoutCheck.assertLayout(document, width: 30, [
            "T",
            "═",
            "",
            "It may help:",
            "",
            "  1. Rest",
            "",
            "     Sleep helps the brain",
            "     settle memories.",
            "",
            "  2. Wait",
            "",
            "After.",
        ])
    }

    @Test func jsonKeepsTheParagraphsOfAnItem() {
        let article = ParseFixture.parse("T\n\n- Rest\n\n  More on rest.\n- Wait")
        #expect(ArticleJSON.article(article).serialized().contains(#""items":[["Rest","More on rest."],"Wait"]"#))
    }
}
