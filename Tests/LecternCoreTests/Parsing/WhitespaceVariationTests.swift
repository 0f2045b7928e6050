import Testing
@testable import LecternCore

/// Line endings, byte-order marks, final newlines, tabs, blank runs and trailing spaces
/// change nothing in what an article says.
@Suite struct WhitespaceVariationTests {
    static let lines = [
        "Healing Takes Time",
        "",
        "The first paragraph says something.",
        "",
        "A Heading",
        "",
        "It may help:",
        "",
        "- Rest",
        "- Patience",
        "",
        "Previous",
        "Previous",
        "",
        "The Article Before",
        "",
        "Next",
        "Next",
        "",
        "The Article After",
    ]

    static let expected = Article(
        id: "test", title: "Healing Takes Time", path: "test.txt",
        blocks: [
            .paragraph("The first paragraph says something."),
            .heading("A Heading"),
            .paragraph("It may help:"),
            .list(ArticleList(items: [ListItem(text: "Rest"), ListItem(text: "Patience")])),
        ],
        previous: ArticleLink(title: "The Article Before"),
        next: ArticleLink(title: "The Article After"))

    @Test func lfWithoutFinalNewline() {
        #expect(ParseFixture.parse(Self.lines.joined(separator: "\n")) == Self.expected)
    }

    @Test func lfWithFinalNewline() {
        #expect(ParseFixture.parse(Self.lines.joined(separator: "\n") + "\n") == Self.expected)
    }

    @Test func crlf() {
        #expect(ParseFixture.parse(Self.lines.joined(separator: "\r\n") + "\r\n") == Self.expected)
        #expect(ParseFixture.parse(Self.lines.joined(separator: "\r\n")) == Self.expected)
    }

    @Test func oldMacCarriageReturns() {
        #expect(ParseFixture.parse(Self.lines.joined(separator: "\r")) == Self.expected)
    }

    @Test func byteOrderMark() {
        let article = ParseFixture.parse("\u{FEFF}" + Self.lines.joined(separator: "\r\n"))
        #expect(article == Self.expected)
        #expect(article.title.unicodeScalars.first == "H")
    }

    @Test func trailingSpacesAndTabs() {
        let text = Self.lines.map { $0.isEmpty ? " \t " : $0 + "  \t" }.joined(separator: "\n")
        #expect(ParseFixture.parse(text) == Self.expected)
    }

    @Test func runsOfBlankLines() {
        let text = Self.lines.map { $0.isEmpty ? "\n\n  \n\n" : $0 }.joined(separator: "\n")
        #expect(ParseFixture.parse("\n\n\n" + text + "\n\n\n\n") == Self.expected)
    }

    @Test func leadingBlankLinesBeforeTheTitle() {
        #expect(ParseFixture.parse("\n \n\t\n" + Self.lines.joined(separator: "\n")) == Self.expected)
    }

    @Test func tabsInsideTextBecomeSingleSpaces() {
        let blocks = ParseFixture.blocks("Words\tseparated\t\tby tabs.\n\n\tIndented by a tab.")
        #expect(blocks == [.paragraph("Words separated by tabs."), .paragraph("Indented by a tab.")])
    }

    @Test func runsOfSpacesInsideALineCollapse() {
        #expect(ParseFixture.blocks("Too    many   spaces here.") == [.paragraph("Too many spaces here.")])
    }

    @Test func indentedTitleIsTrimmed() {
        #expect(ParseFixture.parse("   \tSpaced Title  \n\nBody.").title == "Spaced Title")
    }
}
