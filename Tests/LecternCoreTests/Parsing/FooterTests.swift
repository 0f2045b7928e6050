import Testing
@testable import LecternCore

/// The navigation footer: "Previous" and/or "Next", written once or twice, each followed by the
/// linked article's title. It is navigation, never body text.
@Suite struct FooterTests {
    static let body = "Title\n\nLast paragraph of the body.\n\n"

    private func parse(_ footer: String) -> Article { ParseFixture.parse(Self.body + footer) }

    private func expectBodyIntact(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(article.blocks == [.paragraph("Last paragraph of the body.")], sourceLocation: sourceLocation)
    }

    @Test func labelsWrittenTwice() {
        let article = parse("Previous\nPrevious\n\nThe Earlier One\n\nNext\nNext\n\nThe Later One")
        #expect(article.previous == ArticleLink(title: "The Earlier One"))
        #expect(article.next == ArticleLink(title: "The Later One"))
        expectBodyIntact(article)
    }

    @Test func labelsWrittenOnce() {
        let article = parse("Previous\n\nThe Earlier One\n\nNext\n\nThe Later One\n")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next?.title == "The Later One")
        expectBodyIntact(article)
    }

    @Test func previousOnly() {
        let article = parse("Previous\nPrevious\n\nThe Earlier One\n")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next == nil)
        expectBodyIntact(article)
    }

    @Test func nextOnly() {
        let article = parse("Next\nNext\n\nKetamine for PTSD: A New Hope for Healing?")
        #expect(article.previous == nil)
        #expect(article.next?.title == "Ketamine for PTSD: A New Hope for Healing?")
        expectBodyIntact(article)
    }

    @Test func noFooter() {
        let article = ParseFixture.parse("Title\n\nLast paragraph of the body.\n\nA Closing Heading\n\nThe end.")
        #expect(article.previous == nil)
        #expect(article.next == nil)
        #expect(article.blocks.count == 3)
    }

    @Test func labelAndTitleWithoutABlankLine() {
        let article = parse("Previous\nThe Earlier One\n\nNext\nThe Later One")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next?.title == "The Later One")
        expectBodyIntact(article)
    }

    @Test func repeatedLabelAndTitleWithoutABlankLine() {
        let article = parse("Previous\nPrevious\nThe Earlier One\nNext\nNext\nThe Later One")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next?.title == "The Later One")
        expectBodyIntact(article)
    }

    @Test func labelWithNothingAfterItLinksNowhere() {
        let article = parse("Previous\nPrevious\n\nThe Earlier One\n\nNext\nNext\n")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next == nil)
        expectBodyIntact(article)
    }

    @Test func loneLabelAtTheEndIsNotBodyText() {
        let article = parse("Next")
        #expect(article.next == nil)
        expectBodyIntact(article)
    }

    @Test func labelsWithColonsAndAnyCase() {
        let article = parse("PREVIOUS:\n\nThe Earlier One\n\nnext:\n\nThe Later One")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next?.title == "The Later One")
        expectBodyIntact(article)
    }

    @Test func crlfFooterWithTrailingSpaces() {
        let article = parse("Previous  \r\nPrevious\r\n\r\n  The Earlier One  \r\n\r\nNext\r\nNext\r\n\r\nThe Later One\r\n")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next?.title == "The Later One")
        expectBodyIntact(article)
    }

    @Test func footerAfterASourceLink() {
        let article = ParseFixture.parse("Title\n\nBody.\n\nhttps://example.com/source\n\nNext\nNext\n\nLater")
        #expect(article.blocks == [.paragraph("Body."), .link("https://example.com/source")])
        #expect(article.next?.title == "Later")
    }

    @Test func wordNextInsideTheBodyIsText() {
        let article = ParseFixture.parse("Title\n\nNext\n\nWe will see what comes next.")
        #expect(article.next == nil)
        #expect(article.blocks == [.heading("Next"), .paragraph("We will see what comes next.")])
    }

    @Test func linkTitleKeepsItsTypography() {
        let article = parse("Next\n\nDon’t Panic – A  Guide")
        #expect(article.next?.title == "Don’t Panic – A Guide")
    }

    @Test func titleOnlyArticleWithAFooter() {
        let article = ParseFixture.parse("Lonely Title\n\nNext\nNext\n\nSomewhere Else")
        #expect(article.title == "Lonely Title")
        #expect(article.blocks == [])
        #expect(article.next?.title == "Somewhere Else")
    }

    @Test func aTitleThatIsALabelIsStillTheTitle() {
        let article = ParseFixture.parse("Next\n\nBody text.")
        #expect(article.title == "Next")
        #expect(article.blocks == [.paragraph("Body text.")])
        #expect(article.next == nil)
    }

    @Test func linksFromTheWholeTextMatchTheParser() {
        let text = Self.body + "Previous\nPrevious\n\nThe Earlier One\n\nNext\nNext\n\nThe Later One"
        let links = ArticleParser.links(in: text, isWhole: true)
        #expect(links.previous == "The Earlier One")
        #expect(links.next == "The Later One")
    }
}

extension FooterTests {
    @Test func labelsNamingAPostOrArticle() {
        let article = parse("Previous Post\n\nThe Earlier One\n\nNext Article:\n\nThe Later One")
        #expect(article.previous?.title == "The Earlier One")
        #expect(article.next?.title == "The Later One")
        expectBodyIntact(article)
    }
}
