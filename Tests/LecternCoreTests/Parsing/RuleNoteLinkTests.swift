import Testing
@testable import LecternCore

/// Horizontal rules, the closing "Note:" and a source address on a line of its own.
@Suite struct RuleNoteLinkTests {
    @Test(arguments: ["---", "***", "* * *", "___", "- - -", "----------", "———", "  ---  "])
    func rules(line: String) {
        #expect(ParseFixture.blocks("Before.\n\n\(line)\n\nAfter.") == [.paragraph("Before."), .rule, .paragraph("After.")])
    }

    @Test func ruleDirectlyUnderAParagraphEndsIt() {
        #expect(ParseFixture.blocks("Before.\n---\nAfter.") == [.paragraph("Before."), .rule, .paragraph("After.")])
    }

    @Test(arguments: ["--", "-- x", "*-*", "---x"])
    func notRules(line: String) {
        #expect(!ParseFixture.blocks(line).contains(.rule))
    }

    @Test func noteParagraph() {
        let note = "Note: This article is based on recent scientific research and is not medical advice."
        #expect(ParseFixture.blocks("---\n\n\(note)") == [.rule, .note(note)])
    }

    @Test func wrappedNoteInAnyCase() {
        #expect(ParseFixture.blocks("NOTE: this article\nwraps over lines.") == [.note("NOTE: this article wraps over lines.")])
    }

    @Test func wordStartingWithNoteIsNotANote() {
        #expect(ParseFixture.blocks("Notes from the field are below.") == [.paragraph("Notes from the field are below.")])
        #expect(ParseFixture.blocks("Noteworthy results.") == [.paragraph("Noteworthy results.")])
    }

    @Test(arguments: [
        "https://www.cell.com/neuron/fulltext/S0896-6273(24)00461-6",
        "http://example.org/a?b=c&d=e#f",
        "www.example.com/path",
        "HTTPS://EXAMPLE.COM",
    ])
    func sourceAddressLineIsALink(line: String) {
        #expect(ParseFixture.blocks("Body.\n\n\(line)") == [.paragraph("Body."), .link(line)])
    }

    @Test func addressInsideASentenceIsText() {
        #expect(ParseFixture.blocks("Read more at https://example.com today") == [
            .paragraph("Read more at https://example.com today"),
        ])
    }

    /// Judgement: source addresses listed one per line are each a link, not one paragraph.
    @Test func consecutiveAddressLinesAreSeparateLinks() {
        #expect(ParseFixture.blocks("https://a.example/one\nhttps://b.example/two") == [
            .link("https://a.example/one"), .link("https://b.example/two"),
        ])
    }
}
